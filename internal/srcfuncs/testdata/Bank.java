package bank;

import java.util.HashMap;
import java.util.Map;

/**
 * A bank holding accounts. Not code: { } ( )
 */
public class Bank {
    private final Map<String, Long> balances = new HashMap<>();
    private final Runnable audit = new Runnable() {
        @Override
        public void run() {
            System.out.println("audit");
        }
    };

    public Bank() {
        this(0);
    }

    Bank(int seed) {
        balances.put("seed", (long) seed);
    }

    /** Moves amount from one account to another. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public synchronized boolean transfer(String from, String to, long amount) throws IllegalStateException {
        String text = """
            A text block with { braces }
            """;
        if (balances.getOrDefault(from, 0L) < amount) {
            return false;
        }
        balances.merge(from, -amount, Long::sum);
        balances.merge(to, amount, Long::sum);
        return true;
    }

    public <T extends Comparable<T>> T max(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static class Ledger {
        void record(String entry) {
            char c = '}';
        }
    }

    enum Kind {
        SAVINGS, CHECKING;

        boolean interest() {
            return this == SAVINGS;
        }
    }

    interface Listener {
        void onChange(String account);

        default void onClose() {
        }
    }
}
