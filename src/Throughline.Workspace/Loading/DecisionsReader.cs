using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>decisions.yaml</c>, the decision log.</summary>
internal static class DecisionsReader
{
    public static IReadOnlyList<DecisionLogEntry> Read(YamlFields root)
    {
        var result = root.Maps("decisions", required: true).Select(ReadOne).OfType<DecisionLogEntry>().ToList();
        root.Complete();
        return result;
    }

    private static DecisionLogEntry? ReadOne(YamlFields f)
    {
        var date = f.Date("date", required: true);
        var what = f.String("what", required: true, fix: "say what changed: 'what: <change>'");
        var affects = f.StringList("affects")
            .Select(text => RefReader.Parse(text, null, f.WhereOf("affects"), f.Diagnostics))
            .OfType<OkrRef>()
            .ToList();
        var entry = new DecisionLogEntry
        {
            Date = date ?? default,
            What = what ?? "",
            Why = f.String("why"),
            Who = f.String("who"),
            Affects = affects,
            PreviousTarget = f.Number("previous_target"),
            NewTarget = f.Number("new_target"),
            Origin = f.Where,
        };
        f.Complete();
        return date is null || what is null ? null : entry;
    }
}
