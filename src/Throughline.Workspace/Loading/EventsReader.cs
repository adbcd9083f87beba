using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>events.yaml</c>.</summary>
internal static class EventsReader
{
    public static IReadOnlyList<WorkspaceEvent> Read(YamlFields root)
    {
        var result = root.Maps("events", required: true).Select(ReadOne).OfType<WorkspaceEvent>().ToList();
        root.Complete();
        return result;
    }

    private static WorkspaceEvent? ReadOne(YamlFields f)
    {
        var id = f.String("id", required: true);
        var date = f.Date("date", required: true);
        var title = f.String("title", required: true);
        var item = new WorkspaceEvent
        {
            Id = id ?? "",
            Date = date ?? default,
            EndDate = f.Date("end"),
            Kind = f.Enum<EventKind>("kind") ?? EventKind.Other,
            Title = title ?? "",
            Description = f.String("description"),
            Metrics = f.StringList("metrics"),
            Units = f.StringList("units"),
            Origin = f.Where,
        };
        f.Complete();
        return id is null || date is null || title is null ? null : item;
    }
}
