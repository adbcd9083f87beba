using Throughline.Core.Parsing;

namespace Throughline.Workspace.Import;

/// <summary>How to import an OKR document.</summary>
/// <param name="Cycle">The cycle id every imported objective belongs to, e.g. <c>2026-Q3</c>.</param>
/// <param name="Context">Resolves relative dates ("by end of Q3") in key result text.</param>
/// <param name="DefaultUnit">
/// The unit id that objectives belong to when the document names no team; when null such objectives go to a
/// company unit <c>company</c> and an info diagnostic says so.
/// </param>
public sealed record ImportOptions(string Cycle, KrParseContext Context, string? DefaultUnit = null);
