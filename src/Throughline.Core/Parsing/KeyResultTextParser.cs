using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>Reads metric, direction, baseline, target, unit and deadline out of a key result written as free text.</summary>
public static class KeyResultTextParser
{
    /// <summary>Parses one key result's text.</summary>
    public static ParsedKeyResult Parse(string text, KrParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return new ParsedKeyResult { Unit = MeasureUnit.Unspecified };
    }
}
