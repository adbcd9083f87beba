using Throughline.Core.Diagnostics;
using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>checkins.csv</c>.</summary>
internal static class CheckInsReader
{
    public static readonly IReadOnlyList<string> Required = ["kr", "date"];
    public static readonly IReadOnlyList<string> Optional = ["value", "confidence", "note", "risks", "author"];

    public static IReadOnlyList<CheckIn> Read(CsvTable table, DiagnosticBag diagnostics)
    {
        var result = new List<CheckIn>();
        foreach (var row in table.Rows)
        {
            var krText = row.Required("kr", diagnostics);
            var kr = krText is null ? null : RefReader.Parse(krText, null, row.WhereOf("kr"), diagnostics);
            var date = row.Date("date", diagnostics);
            var value = row.Number("value", diagnostics);
            var confidence = ReadConfidence(row, diagnostics);
            if (kr is null || date is null)
            {
                continue;
            }

            result.Add(new CheckIn
            {
                KeyResult = kr,
                Date = date.Value,
                Value = value,
                Confidence = confidence,
                Note = row.Text("note"),
                Risks = row.Text("risks"),
                Author = row.Text("author"),
                Origin = row.Where,
            });
        }

        return result;
    }

    private static Confidence? ReadConfidence(CsvRow row, DiagnosticBag diagnostics)
    {
        var text = row.Text("confidence");
        switch (text)
        {
            case null:
                return null;
            case "0":
                return Confidence.OffTrack;
            case "1":
                return Confidence.AtRisk;
            case "2":
                return Confidence.OnTrack;
            default:
                diagnostics.Error(DiagnosticCodes.BadConfidence, row.WhereOf("confidence"), $"confidence must be 0, 1 or 2, got '{text}'", "use 0 (off track), 1 (at risk) or 2 (on track)");
                return null;
        }
    }
}
