using Throughline.Core.Alignment;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>
/// CF002: one metric (by name or synonym, resolved through the catalogue and knowledge base) measured by two units with
/// different sources or units. Key results are grouped by metric and compared by definition, so a group of N key results
/// with one definition costs N, not N².
/// </summary>
internal static class MetricDefinitionRule
{
    public static IEnumerable<Conflict> Find(AlignmentContext context)
    {
        var groups = context.Objectives
            .SelectMany(o => o.KeyResults.Select(k => (Unit: AlignmentContext.UnitOf(o), KeyResult: k, Metric: context.MetricOf(k))))
            .Where(p => p.Metric is not null && !string.IsNullOrWhiteSpace(p.KeyResult.Measurement.Source))
            .GroupBy(p => p.Metric!.FromCatalogue ? p.Metric.Id : p.Metric.CanonicalId, StringComparer.Ordinal);
        foreach (var group in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var definitions = group
                .GroupBy(p => (Source: Tokens(p.KeyResult.Measurement.Source!), p.KeyResult.MeasureUnit))
                .Select(g => g.First())
                .ToList();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < definitions.Count; i++)
            {
                for (var j = i + 1; j < definitions.Count; j++)
                {
                    var (a, b) = (definitions[i], definitions[j]);
                    if (a.Unit == b.Unit || SameDefinition(a.KeyResult, b.KeyResult) || !reported.Add($"{a.Unit}|{b.Unit}"))
                    {
                        continue;
                    }

                    var metric = a.Metric!;
                    var baselines = a.KeyResult.MeasureUnit == b.KeyResult.MeasureUnit && a.KeyResult.Baseline is { } ab && b.KeyResult.Baseline is { } bb && Math.Abs(ab - bb) > 0.05 * Math.Max(Math.Abs(ab), Math.Abs(bb))
                        ? FormattableString.Invariant($" Their baselines differ ({ab:0.###} vs {bb:0.###}) for the same cycle start.")
                        : string.Empty;
                    yield return new Conflict(
                        "CF002", ConflictType.MetricDefinition, Severity.Warning, a.KeyResult.Ref.ToString(), b.KeyResult.Ref.ToString(), [a.Unit, b.Unit],
                        $"{a.Unit} and {b.Unit} both measure {metric.Name}, but define it differently: the same name will show two different numbers in the same review.",
                        $"{a.KeyResult.Ref} ({Describe(a.KeyResult)}) vs {b.KeyResult.Ref} ({Describe(b.KeyResult)}).{baselines}",
                        $"{a.Unit} and {b.Unit} agree one definition of {metric.Name}, or register the second one as its own catalogue metric with its own name; do not grade either KR on the other's series.",
                        b.KeyResult.Origin,
                        2.5);
                }
            }
        }
    }

    private static bool SameDefinition(KeyResult a, KeyResult b)
    {
        if (a.MeasureUnit != MeasureUnit.Unspecified && b.MeasureUnit != MeasureUnit.Unspecified && a.MeasureUnit != b.MeasureUnit)
        {
            return false;
        }

        var x = Tokens(a.Measurement.Source!).Split(' ');
        var y = Tokens(b.Measurement.Source!).Split(' ');
        return x.All(y.Contains) || y.All(x.Contains);
    }

    private static string Tokens(string source) =>
        string.Join(' ', source.ToLowerInvariant().Split([' ', '+', ',', '(', ')', '/', '&'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private static string Describe(KeyResult keyResult)
    {
        var parts = new List<string> { $"\"{keyResult.Metric ?? keyResult.Text}\"", $"source {keyResult.Measurement.Source}" };
        if (keyResult.Measurement.Event is { } e)
        {
            parts.Add($"event {e}");
        }

        if (keyResult.MeasureUnit != MeasureUnit.Unspecified)
        {
            parts.Add(keyResult.MeasureUnit.ToString().ToLowerInvariant());
        }

        return string.Join(", ", parts);
    }
}
