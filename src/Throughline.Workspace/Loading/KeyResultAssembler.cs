using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Loading;

/// <summary>
/// Builds a key result from the fields stated in a file (or an imported table's columns) and what the text says. A
/// stated field wins; where the two disagree the contradiction is reported (TL0301), and what the text parser could
/// not read is reported (TL0302). Used by the workspace loader and the free-text importer alike.
/// </summary>
internal static class KeyResultAssembler
{
    /// <param name="stated">The KR with the fields stated explicitly; the rest are filled from the text.</param>
    /// <param name="context">The KR's cycle, for relative deadlines.</param>
    /// <param name="diagnostics">Where contradictions and unreadable text are reported.</param>
    /// <param name="parseText">The text to parse when it differs from the verbatim text (owner tags and scores removed).</param>
    public static KeyResult Assemble(KeyResult stated, KrParseContext context, DiagnosticBag diagnostics, string? parseText = null)
    {
        var parsed = KeyResultTextParser.Parse(parseText ?? stated.Text, context);
        var where = stated.Origin;

        // "% of visits started within 5 min", baseline 62 and target 85 in their columns: a lone time in the text
        // defines what is counted; it is no second target, and the text (with it) names the metric.
        var qualifiedByTime = stated.Target is not null && parsed.Baseline is null && parsed.Target is not null
            && parsed.Unit.IsTime() && stated.MeasureUnit is MeasureUnit.Percent or MeasureUnit.Count;
        if (qualifiedByTime)
        {
            parsed = parsed with
            {
                Target = null,
                Unit = MeasureUnit.Unspecified,
                Bound = null,
                Metric = ShareOf((parseText ?? stated.Text).Trim()),
                Direction = stated.Baseline is null ? parsed.Direction : null,
                Unread = [.. parsed.Unread.Where(n => !n.StartsWith("number ", StringComparison.Ordinal))],
            };
        }

        Compare(stated.Ref, "baseline", stated.Baseline, parsed.Baseline, where, diagnostics);
        Compare(stated.Ref, "target", stated.Target, parsed.Target, where, diagnostics);
        if (stated.Direction is { } d && parsed.Direction is { } pd && d != pd)
        {
            Contradiction(stated.Ref, "direction", YamlNames.Name(d), YamlNames.Name(pd), where, diagnostics);
        }

        if (stated.MeasureUnit != MeasureUnit.Unspecified && parsed.Unit != MeasureUnit.Unspecified && stated.MeasureUnit != parsed.Unit)
        {
            Contradiction(stated.Ref, "unit", YamlNames.Name(stated.MeasureUnit), YamlNames.Name(parsed.Unit), where, diagnostics);
        }

        if (stated.Deadline is { } sd && parsed.Deadline is { } pdl && sd != pdl)
        {
            Contradiction(stated.Ref, "deadline", sd.ToString("yyyy-MM-dd"), $"{pdl:yyyy-MM-dd} (\"{parsed.DeadlineText}\")", where, diagnostics);
        }

        foreach (var note in parsed.Unread)
        {
            diagnostics.Info(DiagnosticCodes.TextUnread, where, $"{stated.Ref}: the text has {note}", "state the value in the KR's structured fields (baseline, target, deadline) or fix the text");
        }

        // A key result written as the metric's name with its values stated apart ("Trial-to-paid conversion", baseline
        // 11.4, target 13 in their own fields or columns) measures what its text names, the way the numbers go.
        var (baseline, target) = (stated.Baseline ?? parsed.Baseline, stated.Target ?? parsed.Target);
        var text = (parseText ?? stated.Text).Trim();
        var namesOnlyItsMetric = parsed.Metric is null && stated.Baseline is not null && stated.Target is not null
            && text.Length is > 0 and <= 80 && !text.Any(char.IsDigit);
        var byNumbers = KeyResult.ByValues(baseline, target);

        return stated with
        {
            Metric = stated.Metric ?? parsed.Metric ?? (namesOnlyItsMetric ? text : null),
            MeasureUnit = stated.MeasureUnit != MeasureUnit.Unspecified ? stated.MeasureUnit : parsed.Unit,
            Currency = stated.Currency ?? parsed.Currency,
            // Stated baseline and target say which way the measure goes, over anything read from the text ("% of visits
            // started within 5 min", 62 → 85, goes up, whatever the minutes in its text suggest).
            Direction = stated.Direction ?? (stated.Baseline is not null && stated.Target is not null ? byNumbers : null) ?? parsed.Direction ?? byNumbers,
            Bound = stated.Bound ?? parsed.Bound,
            Baseline = baseline,
            Target = target,
            Change = stated.Change ?? (stated.Target is null ? parsed.Change : null),
            Stretch = stated.Stretch ?? parsed.Stretch,
            Deadline = stated.Deadline ?? parsed.Deadline,
            IsRat = stated.IsRat || parsed.IsRat,
            PassThreshold = stated.PassThreshold ?? parsed.PassThreshold,
        };
    }

    /// <summary>"% of visits started within 5 min" names the share of visits started within 5 min.</summary>
    private static string ShareOf(string text) =>
        text.StartsWith("% of ", StringComparison.Ordinal) ? $"share of {text[5..]}" : text;

    private static void Compare(OkrRef kr, string field, double? stated, double? parsed, SourceRef? where, DiagnosticBag diagnostics)
    {
        if (stated is { } s && parsed is { } p && Math.Abs(s - p) > 1e-9 * Math.Max(1, Math.Abs(s)))
        {
            Contradiction(kr, field, Format(s), Format(p), where, diagnostics);
        }
    }

    private static void Contradiction(OkrRef kr, string field, string stated, string parsed, SourceRef? where, DiagnosticBag diagnostics) =>
        diagnostics.Warning(
            DiagnosticCodes.TextContradiction,
            where,
            $"{kr}: '{field}' is {stated} but the text says {parsed}; the stated {field} is used",
            $"make the text and '{field}' agree (percentages are written in points: 38 means 38%)");

    private static string Format(double value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
