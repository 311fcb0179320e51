"""A worker pool. def not_a_function(): pass"""
import asyncio


# Helper: clamp a value.
def clamp(x, lo=0, hi=(1 <<
                       10)):
    return max(lo, min(hi, x))


class Pool:
    """Pool of workers."""

    def __init__(self, size):
        self.size = size
        self.tasks = []

    @property
    def busy(self):
        return len(self.tasks) > 0

    @staticmethod
    @cached
    def default():
        return Pool(4)

    async def submit(self, task):
        query = """
def fake():
    pass
"""
        def wrap():
            return task()

        self.tasks.append(wrap)
        return query

    class Stats:
        def count(self): return 0


def main(): asyncio.run(Pool(2).submit(lambda: 1))

if __name__ == "__main__":
    main()
