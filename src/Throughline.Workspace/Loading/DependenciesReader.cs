using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>dependencies.yaml</c>.</summary>
internal static class DependenciesReader
{
    public static IReadOnlyList<Dependency> Read(YamlFields root)
    {
        var result = root.Maps("dependencies", required: true).Select(ReadOne).OfType<Dependency>().ToList();
        root.Complete();
        return result;
    }

    private static Dependency? ReadOne(YamlFields f)
    {
        var id = f.String("id", required: true);
        var from = f.String("from", required: true, fix: "name the unit that needs the help: 'from: <unit id>'");
        var on = f.String("on", required: true, fix: "name the unit asked for help: 'on: <unit id>'");
        var need = f.String("need", required: true, fix: "say what is needed: 'need: <what>'");
        var dependency = new Dependency
        {
            Id = id ?? "",
            From = from ?? "",
            On = on ?? "",
            KeyResult = RefReader.Read(f, "kr", from),
            Need = need ?? "",
            EngineerWeeks = f.Number("engineer_weeks"),
            NeededBy = f.Date("needed_by"),
            Agreed = f.Bool("agreed") ?? false,
            Origin = f.Where,
        };
        f.Complete();
        return id is null || from is null || on is null || need is null ? null : dependency;
    }
}
