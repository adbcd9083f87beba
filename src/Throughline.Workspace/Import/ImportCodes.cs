namespace Throughline.Workspace.Import;

/// <summary>
/// Diagnostic codes the importer adds to <see cref="Throughline.Core.Diagnostics.DiagnosticCodes"/>
/// (it also uses TL0102, TL0104, TL0106, TL0301 and TL0302 from there).
/// </summary>
public static class ImportCodes
{
    /// <summary>Warning: a line looks like OKR content but fits no structure, so it was skipped.</summary>
    public const string Unplaced = "TL0401";

    /// <summary>Info: objective or key result ids were missing or clashed and were renumbered.</summary>
    public const string Renumbered = "TL0402";

    /// <summary>Info: an objective has no key results.</summary>
    public const string NoKeyResults = "TL0403";

    /// <summary>Info: an initiatives list was skipped; initiatives are not key results.</summary>
    public const string InitiativesSkipped = "TL0404";

    /// <summary>Info: prose, notes or a non-OKR section was skipped.</summary>
    public const string TextSkipped = "TL0405";

    /// <summary>Info: the document names no team, so objectives were given the default scope.</summary>
    public const string DefaultScope = "TL0406";

    /// <summary>Info: one objective listed under several units was imported as one shared objective.</summary>
    public const string SharedObjective = "TL0407";
}
