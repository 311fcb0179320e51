// Package atm is a shared bank account that several ATMs withdraw from.
// It has a classic check-then-act bug: Withdraw checks the balance and
// debits it under two separate acquisitions of the lock, so two ATMs can
// both see enough money and both take it. The TLA+ spec generated from it
// (Atm.tla) finds the overdraft with a four-step trace.
package atm

import (
	"errors"
	"sync"
)

// ErrInsufficientFunds is returned when the balance does not cover a
// withdrawal.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Account is a bank account shared by ATMs.
type Account struct {
	mu      sync.Mutex
	balance int
}

// NewAccount opens an account holding balance.
func NewAccount(balance int) *Account { return &Account{balance: balance} }

// Balance returns the current balance.
func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// Withdraw takes amount from the account for one ATM. The check and the
// debit each hold the lock, but not together: between them another ATM
// may withdraw too.
func (a *Account) Withdraw(amount int) error {
	if !a.covers(amount) {
		return ErrInsufficientFunds
	}
	// Dispensing the cash happens here, outside the lock.
	a.debit(amount)
	return nil
}

// covers checks, under the lock, that the balance covers amount.
func (a *Account) covers(amount int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance >= amount
}

// debit takes amount from the balance, under the lock.
func (a *Account) debit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance -= amount
}
