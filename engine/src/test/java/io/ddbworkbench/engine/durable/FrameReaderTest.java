package io.ddbworkbench.engine.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameReaderTest {
    @TempDir
    Path directory;

    @Test
    void aFileCutAtAnyByteOfItsLastFrameKeepsTheWholeFramesBeforeIt() throws IOException {
        byte[] file = frames("first", "second", "third");
        int thirdStart = file.length - Frames.HEADER_BYTES - "third".length();
        for (int cut = thirdStart + 1; cut < file.length; cut++) {
            Path cutFile = write("cut-" + cut, Arrays.copyOf(file, cut));
            Read read = readAll(cutFile);
            assertThat(read.payloads()).as("cut at %d", cut).containsExactly("first", "second");
            assertThat(read.torn()).as("cut at %d", cut).isTrue();
            assertThat(read.validLength()).isEqualTo(thirdStart);
        }
    }

    @Test
    void aCompleteFileIsNotTorn() throws IOException {
        Read read = readAll(write("whole", frames("only")));
        assertThat(read.payloads()).containsExactly("only");
        assertThat(read.torn()).isFalse();
    }

    @Test
    void zerosAfterTheLastFrameAreATornTail() throws IOException {
        byte[] whole = frames("kept");
        byte[] padded = Arrays.copyOf(whole, whole.length + 100);
        Read read = readAll(write("zeros", padded));
        assertThat(read.payloads()).containsExactly("kept");
        assertThat(read.torn()).isTrue();
    }

    @Test
    void garbageInTheLastFramesPayloadIsATornTail() throws IOException {
        byte[] file = frames("kept", "garbled");
        file[file.length - 2] ^= 0x40;
        Read read = readAll(write("garbled-tail", file));
        assertThat(read.payloads()).containsExactly("kept");
        assertThat(read.torn()).isTrue();
    }

    @Test
    void aDamagedPayloadBeforeTheLastFrameIsCorruption() throws IOException {
        byte[] file = frames("first", "second");
        file[Frames.HEADER_BYTES + 1] ^= 0x01;
        Path damaged = write("damaged", file);
        assertThatThrownBy(() -> readAll(damaged))
                .isInstanceOf(CorruptFileException.class)
                .hasMessageContaining("damaged at byte 0: a record fails its checksum");
    }

    @Test
    void aDamagedLengthIsCorruptionEvenAtTheEnd() throws IOException {
        byte[] file = frames("first", "second");
        int secondStart = Frames.HEADER_BYTES + "first".length();
        file[secondStart + 3] ^= 0x10;
        Path damaged = write("bad-length", file);
        assertThatThrownBy(() -> readAll(damaged))
                .isInstanceOf(CorruptFileException.class)
                .hasMessageContaining("damaged at byte " + secondStart + ": a record header is damaged");
    }

    private static byte[] frames(String... payloads) {
        ByteOutput out = new ByteOutput(64);
        for (String payload : payloads) {
            byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
            Frames.append(out, bytes, bytes.length);
        }
        return Arrays.copyOf(out.array(), out.size());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }

    private static Read readAll(Path file) throws IOException {
        List<String> payloads = new ArrayList<>();
        try (FrameReader reader = new FrameReader(file)) {
            for (ByteInput frame = reader.next(); frame != null; frame = reader.next()) {
                StringBuilder text = new StringBuilder();
                while (frame.hasMore()) {
                    text.append((char) frame.readByte());
                }
                payloads.add(text.toString());
            }
            return new Read(payloads, reader.tornTail(), reader.validLength());
        }
    }

    private record Read(List<String> payloads, boolean torn, long validLength) {
    }
}
