package org.dendrite.kernel.display;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Java images ({@code BufferedImage} and other {@link RenderedImage}s) as PNG. */
public final class ImageRenderer implements Renderer {

    @Override
    public boolean accepts(Object value) {
        return value instanceof RenderedImage;
    }

    @Override
    public MimeBundle render(Object value) {
        RenderedImage image = (RenderedImage) value;
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the image as PNG", e);
        }
        return new MimeBundle()
                .with("image/png", Base64.getEncoder().encodeToString(png.toByteArray()))
                .with("text/plain", value.getClass().getSimpleName() + " " + image.getWidth() + "x" + image.getHeight());
    }
}
