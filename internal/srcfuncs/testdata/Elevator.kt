package elevator

import kotlin.math.abs

/** An elevator car. "{" */
class Elevator(private val floors: Int) {
    private var current = 0
    private val queue = mutableListOf<Int>()

    fun request(floor: Int) {
        require(floor in 0 until floors) { "bad floor ${floor}: {" }
        queue.add(floor)
    }

    // Distance to a floor.
    fun distance(to: Int): Int = abs(to - current)

    @Synchronized
    fun step(): Boolean {
        val next = queue.firstOrNull() ?: return false
        fun move(delta: Int) {
            current += delta
        }
        move(if (next > current) 1 else -1)
        if (current == next) queue.removeAt(0)
        return true
    }

    companion object {
        fun create(n: Int) = Elevator(n)
    }
}

fun <T> List<T>.second(): T = this[1]

fun main() {
    val e = Elevator(10)
    e.request(3)
    while (e.step()) { }
}
