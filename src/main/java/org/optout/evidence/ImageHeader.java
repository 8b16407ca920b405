package org.optout.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The width and height an image's header claims, read without decoding a pixel: how optout bounds every image it
 * takes (a signature, a scanned mandate) before anything decodes it, since a few kilobytes of PNG can claim
 * 20000×20000 pixels and take gigabytes to decode.
 */
public record ImageHeader(long width, long height) {

    /** The number of pixels the image claims. */
    public long pixels() {
        return width * height;
    }

    /** Whether the image claims more than {@code maxPixels} pixels. */
    public boolean exceeds(long maxPixels) {
        return pixels() > maxPixels;
    }

    /** The header of the first image {@code reader} (its input set) reads. */
    public static ImageHeader of(ImageReader reader) throws IOException {
        return new ImageHeader(reader.getWidth(0), reader.getHeight(0));
    }

    /**
     * The header of the image in {@code bytes}, or empty when no image reader recognises them.
     *
     * @throws IOException when the header cannot be read (a truncated or corrupt file)
     */
    public static Optional<ImageHeader> of(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(of(reader));
            } finally {
                reader.dispose();
            }
        }
    }
}
