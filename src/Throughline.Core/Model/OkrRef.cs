using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Throughline.Core.Model;

/// <summary>
/// A reference to an objective (<c>growth/O1</c>) or a key result (<c>growth/O1-KR2</c>). The scope is the
/// owning unit's id, or a shared objective's scope; it may be left out inside the same scope (<c>O1-KR2</c>).
/// </summary>
public sealed partial record OkrRef
{
    private OkrRef(string? scope, string objective, string? keyResult)
    {
        Scope = scope;
        Objective = objective;
        KeyResult = keyResult;
    }

    /// <summary>The unit or shared scope, or null when the reference is local.</summary>
    public string? Scope { get; }

    /// <summary>The objective id within the scope, e.g. <c>O1</c>.</summary>
    public string Objective { get; }

    /// <summary>The key result id within the objective, e.g. <c>KR2</c>; null for an objective reference.</summary>
    public string? KeyResult { get; }

    /// <summary>True when the reference names a key result rather than an objective.</summary>
    public bool IsKeyResult => KeyResult is not null;

    /// <summary>The id without the scope: <c>O1</c> or <c>O1-KR2</c>.</summary>
    public string LocalId => KeyResult is null ? Objective : $"{Objective}-{KeyResult}";

    /// <summary>The objective this reference points at or under.</summary>
    public OkrRef ObjectiveRef => KeyResult is null ? this : new OkrRef(Scope, Objective, null);

    /// <summary>Builds an objective reference.</summary>
    public static OkrRef ForObjective(string scope, string objective)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        if (!IdPattern().IsMatch(objective))
        {
            throw new ArgumentException($"'{objective}' is not a valid objective id.", nameof(objective));
        }

        return new OkrRef(scope, objective, null);
    }

    /// <summary>Builds a key result reference.</summary>
    public static OkrRef ForKeyResult(string scope, string objective, string keyResult)
    {
        var objectiveRef = ForObjective(scope, objective);
        if (!IdPattern().IsMatch(keyResult))
        {
            throw new ArgumentException($"'{keyResult}' is not a valid key result id.", nameof(keyResult));
        }

        return new OkrRef(objectiveRef.Scope, objective, keyResult);
    }

    /// <summary>
    /// Parses <c>scope/O1-KR2</c>, <c>scope/O1</c>, <c>O1-KR2</c> or <c>O1</c>. Whitespace around the parts is ignored.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out OkrRef? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = RefPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var scope = match.Groups["scope"].Success ? match.Groups["scope"].Value : null;
        var keyResult = match.Groups["kr"].Success ? match.Groups["kr"].Value : null;
        result = new OkrRef(scope, match.Groups["obj"].Value, keyResult);
        return true;
    }

    /// <summary>True when <paramref name="text"/> is a valid scope (unit id) or objective/key result id part.</summary>
    public static bool IsValidScope(string? text) => text is not null && ScopePattern().IsMatch(text);

    /// <summary>True when <paramref name="text"/> is a valid objective or key result id such as <c>O1</c> or <c>KR2</c>.</summary>
    public static bool IsValidId(string? text) => text is not null && IdPattern().IsMatch(text);

    /// <summary>Returns this reference with <paramref name="scope"/> filled in when it has none.</summary>
    public OkrRef InScope(string scope) => Scope is null ? new OkrRef(scope, Objective, KeyResult) : this;

    /// <summary>Renders the reference as written in workspace files.</summary>
    public override string ToString() => Scope is null ? LocalId : $"{Scope}/{LocalId}";

    [GeneratedRegex(@"^(?:(?<scope>[A-Za-z0-9][A-Za-z0-9._-]*)\s*/\s*)?(?<obj>[A-Za-z][A-Za-z0-9_.]*)(?:\s*-\s*(?<kr>[A-Za-z][A-Za-z0-9_.]*))?$")]
    private static partial Regex RefPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ScopePattern();
}
