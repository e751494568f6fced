package io.releasetrain.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One real headless Chromium (Debian's, driven through Debian's chromedriver: nothing is downloaded) for the
 * whole test run, closed when the JVM exits.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension LAPTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private static ChromeDriver driver;

    private Browser() {
    }

    static synchronized ChromeDriver driver() {
        if (driver == null) {
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "chromium-stop"));
        }
        return driver;
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png}. */
    static Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.copy(driver().getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the HTML the browser shows to {@code target/screenshots/<name>.html}. */
    static Path savePage(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".html").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, driver().getPageSource());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChromeDriver start() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            // Chromium makes Unix sockets in its profile folder: keep its path short, whatever the checkout's.
            Path profile = Files.createTempDirectory(Path.of("/tmp"), "rtc");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile);
            // Chromium also puts its singleton socket in a folder under TMPDIR, which CI may point anywhere deep:
            // past 107 bytes the socket cannot be made and Chromium exits at once. Give it a short one of its own.
            Path temp = Files.createTempDirectory(Path.of("/tmp"), "rtt");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withEnvironment(java.util.Map.of("TMPDIR", temp.toString()))
                    .build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().window().setSize(LAPTOP);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
            return chrome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
