"""A counter that several threads increment under a lock (editor e2e tests)."""
import threading


class Counter:
    def __init__(self):
        self._lock = threading.Lock()
        self.value = 0

    def increment(self):
        with self._lock:
            self.value += 1

    def read(self):
        with self._lock:
            return self.value
