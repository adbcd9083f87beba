using Microsoft.Playwright;

namespace Throughline.Cli.Tests.Browser;

/// <summary>
/// Renders the review of examples/acme in headless Chromium (Debian's chromium package, which <c>.ci/run</c>
/// installs) and checks that a reader sees the sections and charts, on a laptop and on a phone. Screenshots are
/// saved under the test output folder (<c>screenshots/</c>).
/// </summary>
public sealed class ReviewReportBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _report = Path.Combine(Directory.CreateTempSubdirectory("throughline-browser-").FullName, "review.html");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (apt-get install -y chromium); .ci/run does this.");
        var run = CliRun.Of("review", RepoPaths.Acme, "-o", _report, "--fail-on", "never");
        Assert.Equal(0, run.ExitCode);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task Report_OnALaptop_ShowsSummaryStrategyMapUnitsAndAppendix()
    {
        var page = await OpenAsync(1280, 900);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(_report).AbsoluteUri);

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("OKR review: Acme Analytics, 2026-Q4");
        foreach (var heading in new[] { "Executive summary", "Strategy map", "Units", "Alignment and coverage", "Conflicts board", "Roadmap coverage", "Progress and forecasts", "Appendix: every finding" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = false })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("#summary .card")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("ol.actions > li").First).ToBeVisibleAsync();
        var map = page.Locator("svg.map");
        await Assertions.Expect(map).ToBeVisibleAsync();
        Assert.True(await page.Locator("svg.map g.node").CountAsync() > 30);
        Assert.True(await page.Locator("svg.map path.link").CountAsync() > 20);
        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 600, Height: > 300 }, $"the strategy map renders at {box?.Width}x{box?.Height}");

        var burnUps = page.Locator("#progress svg.burnup");
        Assert.True(await burnUps.CountAsync() > 10);
        await burnUps.First.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(burnUps.First).ToBeVisibleAsync();
        Assert.True(await page.Locator("#progress svg.burnup polyline.actual").CountAsync() > 10);
        await Assertions.Expect(page.Locator("#conflicts table")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#cut")).ToBeVisibleAsync();
        await page.Locator("#unit-growth > summary").ClickAsync();
        await Assertions.Expect(page.Locator("#unit-growth table").First).ToBeVisibleAsync();
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("review-acme-laptop.png"), FullPage = true });
    }

    [Fact]
    public async Task Report_OnAPhone_HasNoSidewaysScrollingOutsideTheMapAndTables()
    {
        var page = await OpenAsync(390, 844);
        await page.GotoAsync(new Uri(_report).AbsoluteUri);

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page scrolls sideways on a 390 px wide screen");
        await Assertions.Expect(page.Locator("#summary .card").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("review-acme-phone.png") });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(Path.GetDirectoryName(_report)!, recursive: true);
    }

    private async Task<IPage> OpenAsync(int width, int height) =>
        await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
