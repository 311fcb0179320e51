package atm

import (
	"errors"
	"testing"
)

// TestSequentialWithdrawals passes: one ATM at a time never overdraws.
// The overdraft needs two ATMs interleaved between covers and debit, which
// a test rarely hits and the model checker always finds (see Atm.tla).
func TestSequentialWithdrawals(t *testing.T) {
	a := NewAccount(10)
	if err := a.Withdraw(10); err != nil {
		t.Fatal(err)
	}
	if err := a.Withdraw(10); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("second withdrawal: %v, want ErrInsufficientFunds", err)
	}
	if a.Balance() != 0 {
		t.Fatalf("balance %d", a.Balance())
	}
}

// TestInterleavedWithdrawalsOverdraw replays, step by step, the trace the
// model checker finds: both ATMs check, then both debit.
func TestInterleavedWithdrawalsOverdraw(t *testing.T) {
	a := NewAccount(10)
	first, second := a.covers(10), a.covers(10)
	if !first || !second {
		t.Fatal("both checks should pass")
	}
	a.debit(10)
	a.debit(10)
	if a.Balance() != -10 {
		t.Fatalf("balance %d, want the overdraft -10", a.Balance())
	}
}
