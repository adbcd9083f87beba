using Throughline.Core.Diagnostics;
using Throughline.Workspace.Loading;

namespace Throughline.Cli.Commands.Validate;

/// <summary>The JSON shape of <c>throughline validate --format json</c> (docs/cli.md).</summary>
internal sealed record ValidationSummary(string Path, bool Valid, WorkspaceCounts? Counts, IReadOnlyList<DiagnosticJson> Diagnostics)
{
    public static ValidationSummary From(string path, LoadResult result)
    {
        var w = result.Workspace;
        var counts = w is null
            ? null
            : new WorkspaceCounts(w.Units.Count, w.Cycles.Count, w.Objectives.Count, w.KeyResults.Count(), w.Initiatives.Count, w.Dependencies.Count, w.CheckIns.Count, w.Metrics.Count, w.MetricHistory.Count, w.Events.Count, w.Decisions.Count);
        return new ValidationSummary(path, !result.HasErrors, counts, [.. result.Diagnostics.Select(DiagnosticJson.From)]);
    }
}

/// <summary>How many of each thing a workspace holds.</summary>
internal sealed record WorkspaceCounts(int Units, int Cycles, int Objectives, int KeyResults, int Initiatives, int Dependencies, int CheckIns, int Metrics, int MetricHistoryRows, int Events, int Decisions);

/// <summary>One diagnostic in JSON.</summary>
internal sealed record DiagnosticJson(string Code, string Severity, string Message, string Fix, string? File, int? Line, int? Column)
{
    public static DiagnosticJson From(Diagnostic d) =>
        new(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message, d.Fix, d.Where?.File, d.Where?.Line > 0 ? d.Where.Line : null, d.Where?.Column > 0 ? d.Where.Column : null);
}
