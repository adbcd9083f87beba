using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;
using Throughline.Workspace.Roadmap;

namespace Throughline.Workspace.Tests.Roadmap;

public sealed class RoadmapCsvImporterTests
{
    private static readonly Lazy<OkrWorkspace> Acme = new(() => WorkspaceLoader.Load(RepoPaths.Acme).Workspace!);

    [Fact]
    public void Import_JiraExport_ReadsQuotedMultilineFieldsEstimatesStatusesAndKrLinks()
    {
        var result = Import("jira-acme.csv");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(RoadmapSource.Jira, result.Source);
        Assert.Equal(["GRO-101", "GRO-114", "ONB-77", "PLAT-12", "COL-9", "COL-12", "MKT-3", "REP-40", "ENT-5", "REP-41"], result.Initiatives.Select(i => i.Id));

        var pricing = One(result, "GRO-101");
        Assert.Equal(InitiativeStatus.Shipped, pricing.Status);
        Assert.Equal(new DateOnly(2026, 10, 15), pricing.ExpectedCompletion);
        Assert.Equal(4, pricing.Effort);
        Assert.Contains("\"+0.6 pts\"", pricing.Description, StringComparison.Ordinal);
        Assert.Contains('\n', pricing.Description!);
        var link = Assert.Single(pricing.Impacts);
        Assert.Equal("growth/O1-KR1", link.KeyResult.ToString());
        Assert.Equal(0.6, link.Expected);
        Assert.Equal(["pricing", "GRO-100"], pricing.Labels);

        Assert.Equal("growth/O2-KR2", Assert.Single(One(result, "GRO-114").Impacts).KeyResult.ToString());
        Assert.Equal(3, One(result, "GRO-114").Effort);
        Assert.Equal("onboarding", One(result, "ONB-77").Unit);
        Assert.Null(One(result, "ONB-77").Effort);
        Assert.Equal(["PLAT-12"], One(result, "ONB-77").DependsOn);
        Assert.Equal("onboarding/O1-KR2", Assert.Single(One(result, "ONB-77").Impacts).KeyResult.ToString());
        Assert.Equal(["growth/O2-KR3", "customer-success/O1-KR2"], One(result, "PLAT-12").Impacts.Select(i => i.KeyResult.ToString()));
        Assert.Equal("data-platform", One(result, "PLAT-12").Unit);
        Assert.Equal(1.4, One(result, "COL-12").Effort);
        Assert.Equal("collaboration/O1-KR2", Assert.Single(One(result, "COL-12").Impacts).KeyResult.ToString());
        Assert.Empty(One(result, "COL-9").Impacts);
        Assert.Equal(InitiativeStatus.Cancelled, One(result, "MKT-3").Status);
        Assert.Equal(0.7, One(result, "ENT-5").Effort);
    }

    [Fact]
    public void Import_JiraExport_WarnsWithFileAndLineForOddCells()
    {
        var result = Import("jira-acme.csv");

        var warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        Assert.Contains(warnings, d => d.Code == RoadmapImportCodes.UnknownStatus && d.Message.Contains("Ready for QA", StringComparison.Ordinal) && d.Where!.Line == 13);
        Assert.Contains(warnings, d => d.Code == RoadmapImportCodes.UnknownKr && d.Message.Contains("O9-KR1", StringComparison.Ordinal) && d.Where!.Line == 14);
        Assert.Contains(warnings, d => d.Code == RoadmapImportCodes.BadDate && d.Message.Contains("sometime in December", StringComparison.Ordinal) && d.Where!.Line == 15);
        Assert.Contains(warnings, d => d.Code == RoadmapImportCodes.BadEstimate && d.Message.Contains("twenty", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.EndsWith("jira-acme.csv", d.Where!.File, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_LinearExport_ReadsCommaSeparatedLabelsImpactsAndStatuses()
    {
        var result = Import("linear-acme.csv");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(RoadmapSource.Linear, result.Source);
        Assert.Equal(6, result.Initiatives.Count);
        var trial = One(result, "GRO-201");
        Assert.Equal(-5, Assert.Single(trial.Impacts).Expected);
        Assert.Equal(0.2, trial.Effort);
        Assert.Equal(InitiativeStatus.Shipped, trial.Status);
        Assert.Equal("growth/O1-KR2", Assert.Single(One(result, "GRO-202").Impacts).KeyResult.ToString());
        var wizard = One(result, "ONB-310");
        Assert.Equal([("onboarding/O1-KR3", -0.8), ("onboarding/O1-KR1", 2.0)], wizard.Impacts.Select(i => (i.KeyResult.ToString(), i.Expected!.Value)));
        Assert.Equal(["Feature", "Activation"], wizard.Labels);
        Assert.Equal(InitiativeStatus.Planned, One(result, "DP-91").Status);
        Assert.Equal(InitiativeStatus.Cancelled, One(result, "MKT-12").Status);
        Assert.Null(One(result, "DP-88").Effort);
    }

    [Theory]
    [InlineData("Summary,Status,Labels\nDark mode,Done,ui\n", "'Issue key'", "Jira")]
    [InlineData("ID,Team,Status\nGRO-1,Growth,Done\n", "'Title'", "Linear")]
    [InlineData("Name,Owner\nDark mode,Ana\n", "'ID' and 'Title'", "neither")]
    public void Import_MissingRequiredColumn_IsErrorNamingTheColumnAtLineOne(string csv, string column, string looksLike)
    {
        var result = RoadmapCsvImporter.Import(csv, "export.csv", Options());

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.MissingColumn, error.Code);
        Assert.Contains(column, error.Message, StringComparison.Ordinal);
        Assert.Contains(looksLike, error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceRef("export.csv", 1, 1), error.Where);
    }

    [Fact]
    public void Import_RowWithExtraField_IsErrorAtItsLine()
    {
        const string csv = "Summary,Issue key,Status\n\"Multi\nline\",GRO-1,Done\nDark mode, with a comma,GRO-2,Done\n";

        var result = RoadmapCsvImporter.Import(csv, "export.csv", Options());

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.MalformedCsv, error.Code);
        Assert.Equal(4, error.Where!.Line);
        Assert.Contains("4 fields but the header has 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_AmbiguousReferenceWithoutTeam_IsWarnedWithTheCandidates()
    {
        const string csv = "Summary,Issue key,Labels\nSomething,X-1,O1-KR1\n";

        var result = RoadmapCsvImporter.Import(csv, "export.csv", Options());

        var warning = Assert.Single(result.Diagnostics, d => d.Code == RoadmapImportCodes.UnknownKr);
        Assert.Contains("ambiguous", warning.Message, StringComparison.Ordinal);
        Assert.Contains("growth/O1-KR1", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(result.Initiatives).Impacts);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("latin1")]
    public void Decode_ExportInAnyCommonEncoding_KeepsAccentedTitles(string encoding)
    {
        const string csv = "Summary,Issue key,Team\nRésumé export für Café,GRO-7,Growth\n";
        var bytes = encoding switch
        {
            "utf-16" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(csv)],
            "latin1" => System.Text.Encoding.Latin1.GetBytes(csv),
            _ => System.Text.Encoding.UTF8.GetBytes(csv),
        };

        var text = ExportText.Decode(bytes, out var note);
        var result = RoadmapCsvImporter.Import(text, "export.csv", Options());

        Assert.Equal("Résumé export für Café", Assert.Single(result.Initiatives).Title);
        Assert.Equal(encoding == "latin1", note is not null);
    }

    private static RoadmapImportResult Import(string name)
    {
        var path = Path.Join(RepoPaths.Root, "tests", "Throughline.Workspace.Tests", "Roadmap", "Data", name);
        return RoadmapCsvImporter.Import(File.ReadAllText(path), path, Options());
    }

    private static RoadmapImportOptions Options() =>
        new("2026-Q4", [.. Acme.Value.ObjectivesIn("2026-Q4")], Acme.Value.Units);

    private static Initiative One(RoadmapImportResult result, string id) => result.Initiatives.Single(i => i.Id == id);
}
