package io.ddbworkbench.engine.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringValue;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Items in the log and in snapshots: exactly what was written comes back, and damage is named as such. */
class StoredItemTest {
    private static final Path FILE = Path.of("test.ddb");

    @Test
    void randomItemsOfEveryTypeComeBackEqualWithTheirSizes() {
        RandomItems random = new RandomItems(20_240_601L);
        for (int i = 0; i < 2_000; i++) {
            Item item = random.item("item-" + i);
            Item decoded = roundTrip(item);
            assertThat(decoded).isEqualTo(item);
            assertThat(decoded.size()).isEqualTo(item.size());
            assertThat(decoded.attributes().keySet()).containsExactlyElementsOf(item.attributes().keySet());
        }
    }

    @Test
    void numbersKeepTheirExactDecimalText() {
        Item item = Item.of(Map.of("pk", new StringValue("n"),
                "big", NumberValue.parse("12345678901234567890123456789012345678"),
                "tiny", NumberValue.parse("-1E-130")));
        Item decoded = roundTrip(item);
        assertThat(((NumberValue) decoded.get("big")).text()).isEqualTo("12345678901234567890123456789012345678");
        assertThat(((NumberValue) decoded.get("tiny")).text()).isEqualTo(((NumberValue) item.get("tiny")).text());
    }

    @Test
    void aTruncatedOrGarbledItemIsReportedAsDamage() {
        ByteOutput out = new ByteOutput(64);
        out.writeItem(new RandomItems(7).item("cut"));
        byte[] cut = Arrays.copyOf(out.array(), out.size() - 1);
        assertThatThrownBy(() -> new ByteInput(cut, FILE, 40).readItem())
                .isInstanceOf(CorruptFileException.class)
                .hasMessageContaining("test.ddb is damaged at byte 40: a length of ").hasMessageContaining(" is impossible");

        byte[] garbled = {4, 3, 1, 1, 99};
        assertThatThrownBy(() -> new ByteInput(garbled, FILE, 0).readItem())
                .isInstanceOf(CorruptFileException.class)
                .hasMessageContaining("an item does not decode");
    }

    private static Item roundTrip(Item item) {
        ByteOutput out = new ByteOutput(16);
        out.writeItem(item);
        ByteInput in = new ByteInput(Arrays.copyOf(out.array(), out.size()), FILE, 0);
        Item decoded = in.readItem();
        in.expectEnd();
        return decoded;
    }
}
