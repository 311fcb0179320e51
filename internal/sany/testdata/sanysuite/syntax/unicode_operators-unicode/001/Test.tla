---- MODULE Test ----
x ≈ y ≜ 0
x ≔ y ≜ 1
x ≍ y ≜ 2
x ◯ y ≜ 3
x ⩴ y ≜ 4
x ● y ≜ 5
x ∩ y ≜ 6
x ⋅ y ≜ 7
x ∘ y ≜ 8
x ≅ y ≜ 9
x ∪ y ≜ 10
x ÷ y ≜ 11
x ≐ y ≜ 12
x ‥ y ≜ 13
x … y ≜ 14
x ≡ y ≜ 15
x ‼ y ≜ 16
x ≥ y ≜ 17
x ≫ y ≜ 18
x ⇔ y ≜ 19
x ⇒ y ≜ 20
x ∈ y ≜ 21
x ∧ y ≜ 22
x ⫤ y ≜ 23
x ↝ y ≜ 24
x ≤ y ≜ 25
x ≪ y ≜ 26
x ∨ y ≜ 27
x ⊣ y ≜ 28
x ≠ y ≜ 29
x ∉ y ≜ 30
x ⊙ y ≜ 31
x ⊖ y ≜ 32
x ⊕ y ≜ 33
x ⊘ y ≜ 34
x ⊗ y ≜ 35
x ⇸ y ≜ 36
x ≺ y ≜ 37
x ⪯ y ≜ 38
x ∝ y ≜ 39
x ⁇ y ≜ 40
x ⊨ y ≜ 41
x ⊢ y ≜ 42
x ∼ y ≜ 43
x ≃ y ≜ 44
x ⊓ y ≜ 45
x ⊔ y ≜ 46
x ⊏ y ≜ 47
x ⊑ y ≜ 48
x ⊐ y ≜ 49
x ⊒ y ≜ 50
x ⋆ y ≜ 51
x ⊂ y ≜ 52
x ⊆ y ≜ 53
x ≻ y ≜ 54
x ⪰ y ≜ 55
x ⊃ y ≜ 56
x ⊇ y ≜ 57
x × y ≜ 58
x ⊎ y ≜ 59
x ‖ y ≜ 60
x ≀ y ≜ 61
□ x ≜ 62
◇ x ≜ 63
¬ x ≜ 64
x ⁺ ≜ 65
====
