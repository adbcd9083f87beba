using System.Globalization;
using System.Text.Json;
using Throughline.Core.Model;
using Throughline.Core.Progress;
using Throughline.Core.Progress.Backtest;

namespace Throughline.Cli.Commands.Backtest;

/// <summary>
/// Reads backtest cases as JSON lines: one object per line with id, metric, unit, direction, quarter_start, baseline,
/// target, history [{date, value}], checkins [{date, value}] and an optional hit. Blank lines are skipped. Every
/// problem is reported as <c>file:line: what is wrong: how to fix</c>.
/// </summary>
internal static class BacktestCaseReader
{
    public static (IReadOnlyList<BacktestCase> Cases, IReadOnlyList<string> Errors) Read(TextReader reader, string source)
    {
        var cases = new List<BacktestCase>();
        var errors = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                cases.Add(ToCase(document.RootElement));
            }
            catch (JsonException ex)
            {
                errors.Add($"{source}:{number}: not a JSON object ({ex.Message}): write one case per line as a single JSON object.");
            }
            catch (FormatException ex)
            {
                errors.Add($"{source}:{number}: {ex.Message}");
            }
        }

        return (cases, errors);
    }

    private static BacktestCase ToCase(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a case must be a JSON object {id, direction, quarter_start, baseline, target, history, checkins, hit}.");
        }

        var direction = Text(e, "direction", required: true)!.ToLowerInvariant() switch
        {
            "increase" => MetricDirection.Increase,
            "decrease" => MetricDirection.Decrease,
            var other => throw new FormatException($"direction '{other}' is not 'increase' or 'decrease'."),
        };
        return new BacktestCase
        {
            Id = Text(e, "id", required: true)!,
            Metric = Text(e, "metric", required: false),
            Unit = Text(e, "unit", required: false),
            Direction = direction,
            QuarterStart = Date(e, "quarter_start"),
            Baseline = Number(e, "baseline", required: false),
            Target = Number(e, "target", required: true)!.Value,
            History = Points(e, "history"),
            CheckIns = Points(e, "checkins"),
            Hit = e.TryGetProperty("hit", out var hit) && hit.ValueKind != JsonValueKind.Null
                ? hit.ValueKind is JsonValueKind.True or JsonValueKind.False ? hit.GetBoolean() : throw new FormatException("'hit' must be true, false or absent.")
                : null,
        };
    }

    private static string? Text(JsonElement e, string name, bool required) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()
        : required ? throw new FormatException($"'{name}' is missing or not a string: add \"{name}\": \"...\".") : null;

    private static double? Number(JsonElement e, string name, bool required) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble()
        : required ? throw new FormatException($"'{name}' is missing or not a number: add \"{name}\": <number>.") : null;

    private static DateOnly Date(JsonElement e, string name) =>
        Text(e, name, required: true) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{name}' is not an ISO date: use YYYY-MM-DD.");

    private static List<WeeklyValue> Points(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"'{name}' must be a list of {{\"date\": \"YYYY-MM-DD\", \"value\": <number>}}.");
        }

        var points = list.EnumerateArray().Select((p, i) => p.ValueKind == JsonValueKind.Object
            ? new WeeklyValue(Date(p, "date"), Number(p, "value", required: true)!.Value)
            : throw new FormatException($"'{name}'[{i}] must be an object {{\"date\", \"value\"}}.")).ToList();
        return [.. points.OrderBy(p => p.Date)];
    }
}
