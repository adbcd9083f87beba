using Throughline.Core.Model;

namespace Throughline.Workspace.Loading;

/// <summary>Reads <c>grades.yaml</c>, end-of-cycle grades.</summary>
internal static class GradesReader
{
    public static IReadOnlyList<Grade> Read(YamlFields root)
    {
        var result = root.Maps("grades", required: true).Select(ReadOne).OfType<Grade>().ToList();
        root.Complete();
        return result;
    }

    private static Grade? ReadOne(YamlFields f)
    {
        var kr = RefReader.Read(f, "kr", null, required: true);
        var cycle = f.String("cycle", required: true);
        var score = f.Number("score", required: true);
        var grade = kr is null || cycle is null || score is null
            ? null
            : new Grade { KeyResult = kr, Cycle = cycle, Score = score.Value, Note = f.String("note"), Origin = f.Where };
        f.Known("note");
        f.Complete();
        return grade;
    }
}
