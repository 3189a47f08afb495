package vn.bantin.finish;

/** A generated file of the output: its path inside the output folder and its bytes. */
public record OutputFile(String path, byte[] bytes) {
}
