using System.Globalization;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>
/// Builds a <see cref="KeyResult"/> from a draft: the text as written, the fields <see cref="KeyResultTextParser"/>
/// reads from it, and values stated in their own columns, which win over the text.
/// </summary>
internal static class KeyResultBuilder
{
    public static KeyResult Build(DraftKeyResult draft, OkrRef reference, KrParseContext context, DiagnosticBag diagnostics)
    {
        var parsed = KeyResultTextParser.Parse(draft.ParseText ?? draft.Text, context);
        foreach (var note in parsed.Unread)
        {
            diagnostics.Info(DiagnosticCodes.TextUnread, draft.Origin, $"{reference}: the text has {note}", "state the value in its own column or fix the text before importing");
        }

        Compare(reference, "baseline", draft.Baseline, parsed.Baseline, draft.Origin, diagnostics);
        Compare(reference, "target", draft.Target, parsed.Target, draft.Origin, diagnostics);
        return new KeyResult
        {
            Ref = reference,
            Text = draft.Text,
            Metric = parsed.Metric,
            MeasureUnit = parsed.Unit,
            Currency = parsed.Currency,
            Direction = parsed.Direction,
            Bound = parsed.Bound,
            Baseline = draft.Baseline ?? parsed.Baseline,
            Target = draft.Target ?? parsed.Target,
            Change = draft.Target is null ? parsed.Change : null,
            Stretch = parsed.Stretch,
            Deadline = draft.Deadline ?? parsed.Deadline,
            IsRat = draft.IsRat || parsed.IsRat,
            PassThreshold = parsed.PassThreshold,
            Owner = draft.Owner,
            Origin = draft.Origin,
        };
    }

    private static void Compare(OkrRef reference, string field, double? stated, double? parsed, SourceRef where, DiagnosticBag diagnostics)
    {
        if (stated is { } s && parsed is { } p && Math.Abs(s - p) > 1e-9 * Math.Max(1, Math.Abs(s)))
        {
            diagnostics.Warning(
                DiagnosticCodes.TextContradiction,
                where,
                $"{reference}: the {field} column says {Format(s)} but the text says {Format(p)}; the column is used",
                $"make the text and the {field} column agree");
        }
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
