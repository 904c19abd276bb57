import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Saves the whole X screen as a PNG, for packaging/test-deb.sh (the installed app's window under
 * Xvfb; ImageMagick's import is not on a stock Debian). Run with the JDK's source launcher:
 * {@code java packaging/ScreenShot.java out.png}.
 */
public final class ScreenShot {
  private ScreenShot() {
  }

  public static void main(String[] args) throws Exception {
    Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
    ImageIO.write(new Robot().createScreenCapture(screen), "png", new File(args[0]));
  }
}
