using static Throughline.Workspace.Tests.Import.ImportTestKit;

namespace Throughline.Workspace.Tests.Import;

/// <summary>
/// An open-source project's README with its quarter's OKRs: badges, a legend of its priority tags, bold objective
/// lines over task checkboxes with P0/P1 tags and @handles, an empty checkbox, a TBD placeholder and a "not on the
/// roadmap" list.
/// </summary>
public sealed class ReadmeRoadmapImportTests
{
    private const string Readme = """
        # CityLine 311

        [![CI](https://github.com/millbrook-digital/cityline/actions/workflows/ci.yml/badge.svg)](https://github.com/millbrook-digital/cityline/actions)
        [![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](LICENSE)

        We set objectives each quarter, in the open. Key results are the checkboxes.

        - **P0** = must happen this quarter, **P1** = should, **P2** = nice to have
        - `@handle` = the maintainer on point

        **🎯 Close the loop with residents**
        - [ ] P0 80% of closed requests send the resident a status notification @tvo
        - [ ] P1 Post-close satisfaction survey response rate ≥ 15% @lucia-b
        - [ ]

        **TBD: sustainability / funding?**
        -

        ## Not on the roadmap (for now)

        - Native iOS/Android apps (see #198)
        - Payments (parking tickets, permits)
        """;

    private readonly Throughline.Workspace.Import.ImportResult _result = ImportDocument(Readme, "README.md", defaultUnit: "cityline");

    [Fact]
    public void Import_Readme_ReadsTheObjectiveUnderItsBadgesAndLegend()
    {
        var objective = _result.Objectives[0];
        Assert.Equal("Close the loop with residents", objective.Title);
        Assert.Equal([80.0, 15.0], objective.KeyResults.Select(k => k.Target!.Value));
        Assert.Equal(["tvo", "lucia-b"], objective.KeyResults.Select(k => k.Owner));
    }

    [Fact]
    public void Import_Readme_BadgesLegendAndNotOnTheRoadmap_AreSkippedAndSaid()
    {
        Assert.DoesNotContain(_result.Objectives, o => o.Title.StartsWith("We set objectives", StringComparison.Ordinal) || o.Title.Contains("License", StringComparison.Ordinal));
        Assert.DoesNotContain(_result.Units, u => u.Id == "tbd");
        Assert.Equal(2, _result.Diagnostics.Count(d => d.Message.StartsWith("the badges", StringComparison.Ordinal)));
        Assert.Equal(2, _result.Diagnostics.Count(d => d.Message.StartsWith("the legend line", StringComparison.Ordinal)));
        Assert.Contains(_result.Diagnostics, d => d.Message.Contains("the section 'Not on the roadmap (for now)' (2 lines)", StringComparison.Ordinal));
        Assert.DoesNotContain(_result.Objectives.SelectMany(o => o.KeyResults), k => k.Text.Contains("iOS", StringComparison.Ordinal));
    }
}
