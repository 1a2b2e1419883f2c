package dev.redazione.testkit.browser;

import dev.redazione.testkit.TempFolders;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver ({@code apt-get install chromium
 * chromium-driver}), with a temporary profile of its own that {@link #close} deletes. For
 * end-to-end tests; Selenium is an optional dependency of this module, which a test using this
 * class declares.
 */
public final class Chromium implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts a browser whose window has this size.
   *
   * @param width the window's width in CSS pixels
   * @param height the window's height in CSS pixels
   */
  public static Chromium start(int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("redazione-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Chromium(driver, profile);
  }

  /** The driver, to open pages and find elements. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Runs a script in the page and returns its result. */
  public Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Runs an asynchronous script, which calls its last argument with its result. */
  public Object jsAsync(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
  }

  /** Runs a script whose result is a number. */
  public long number(String script, Object... arguments) {
    return ((Number) js(script, arguments)).longValue();
  }

  /** Resizes the window to this width, 900 pixels high. */
  public void width(int pixels) {
    driver.manage().window().setSize(new Dimension(pixels, 900));
  }

  /** Quits the browser and deletes its profile. */
  @Override
  public void close() throws IOException {
    driver.quit();
    TempFolders.delete(profile);
  }
}
