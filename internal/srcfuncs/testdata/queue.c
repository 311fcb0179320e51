/* queue.c - a bounded queue { with braces in comments } */
#include <stdio.h>
#include <stdlib.h>
#define QUEUE_INIT { 0, 0, {0} }
#define MAX(a, b) \
    ((a) > (b) ? (a) : (b))

struct queue {
    int head, tail;
    int items[64];
};

static struct queue global = QUEUE_INIT;
static const char *names[] = { "a{", "b}" };

/* Push x; returns 0 on success. */
int queue_push(struct queue *q, int x)
{
    if (q->tail - q->head >= 64) {
        fprintf(stderr, "full: %c\n", '}');
        return -1;
    }
    q->items[q->tail++ % 64] = x;
    return 0;
}

static int
queue_pop(struct queue *q, int *out)
{
    if (q->head == q->tail)
        return -1;
    *out = q->items[q->head++ % 64];
    return 0;
}

struct queue *queue_new(void) {
    struct queue *q = calloc(1, sizeof *q);
    return q;
}

int queue_len(const struct queue *q);

int main(int argc, char **argv) {
    int v = MAX(1, 2);
    queue_push(&global, v);
    return 0;
}
