using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>
/// A public company handbook's OKR page: front matter, "Owner: objective." lines with the tracker's issue link and a
/// final score ("=> 64%"), "CEO KR:" items nested under them, department headings, and crossed-out objectives.
/// </summary>
public sealed class HandbookPageImportTests
{
    private const string Page = """
        ---
        title: "FY26-Q2 OKRs"
        canonical_path: "/handbook/company/okrs/fy26-q2/"
        ---

        ## CEO

        1. **CEO: Grow usage-based revenue.** [ferrite/okrs#812](https://gitlab.com/ferrite/okrs/-/issues/812) => 64%
            1. CEO KR: $3.1M net new ARR, at least 40% of it from usage overages. => 58% ($1.8M, 31% usage)
            1. CEO KR: Customers running more than 500 build-minutes/day goes from 61 to 86. => 76% (80)

        ## Engineering

        1. VP Engineering: Make Remote Cache GA-ready. [ferrite/okrs#830](https://gitlab.com/ferrite/okrs/-/issues/830) => 78%
            1. Infrastructure: Cache service availability at 99.95% monthly. => 90% (99.97%; one drill done)
            1. Build Platform: p50 cache fetch under 80ms. => 55% (p50 104ms; eu-west still cold-starting)
        1. Engineering: Reduce on-call load. Pages per on-call week from 31 to 15. => 40% (pages at 24/week; reviews 8 of 11 on time)
        1. ~~Product: Launch Ferrite for Bazel (private preview).~~ (deprioritized by E-group on 2025-06-02)
        """;

    private readonly Throughline.Workspace.Import.ImportResult _result = ImportDocument(Page, "fy26-q2.md");

    [Fact]
    public void Import_HandbookPage_ReadsObjectivesAndTheirKeyResultsWithoutScoresOrIssueLinks()
    {
        Assert.Equal(
            ["Grow usage-based revenue", "Make Remote Cache GA-ready", "Reduce on-call load"],
            _result.Objectives.Select(o => o.Title));
        Assert.Equal([2, 2, 1], _result.Objectives.Select(o => o.KeyResults.Count));
        Assert.Equal("Customers running more than 500 build-minutes/day goes from 61 to 86.", _result.Objectives[0].KeyResults[1].Text);
        Assert.Equal("Pages per on-call week from 31 to 15", _result.Objectives[2].KeyResults[0].Text);
        Assert.Equal((31.0, 15.0), (_result.Objectives[2].KeyResults[0].Baseline, _result.Objectives[2].KeyResults[0].Target));
        Assert.DoesNotContain(_result.Objectives.SelectMany(o => o.KeyResults), k => k.Text.Contains("=>", StringComparison.Ordinal) || k.Text.Contains("okrs#", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_HandbookPage_DepartmentHeadingsOverTeamLinesAreNotObjectives()
    {
        Assert.DoesNotContain(_result.Objectives, o => o.Title is "CEO" or "Engineering");
        Assert.Equal(["company", "vp-engineering", "engineering"], _result.Objectives.Select(o => o.Owner));
    }

    [Fact]
    public void Import_HandbookPage_SaysWhatItLeftOut()
    {
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("the page's front matter (lines 1-4) was skipped", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.StartsWith("7 scores were left out at the end of their lines", StringComparison.Ordinal));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("the objective 'Launch Ferrite for Bazel (private preview)' of Product is struck through", StringComparison.Ordinal));
    }
}
