package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void resultsComeBackInInputOrder() {
        List<Integer> in = IntStream.range(0, 500).boxed().toList();
        assertEquals(in.stream().map(i -> i * i).toList(), Parallel.map(in, 8, i -> i * i));
        assertEquals(List.of(4), Parallel.map(List.of(2), 8, i -> i * i), "one item runs on the caller's thread");
    }

    @Test
    void theFirstFailureInInputOrderIsThrownAfterEveryTaskEnded() {
        AtomicInteger ended = new AtomicInteger();
        ThemaException e = assertThrows(ThemaException.class, () -> Parallel.map(List.of(0, 1, 2, 3), 4, i -> {
            try {
                // item 0 fails last in time, item 2 first: the message must still be item 0's
                Thread.sleep(i == 0 ? 200 : 0);
                if (i == 0 || i == 2) throw new ThemaException("file" + i + ": bad");
                return i;
            } catch (InterruptedException x) {
                throw new IllegalStateException(x);
            } finally {
                ended.incrementAndGet();
            }
        }));
        assertEquals("file0: bad", e.getMessage());
        assertEquals(4, ended.get(), "no task is still running when the caller sees the error");
    }
}
