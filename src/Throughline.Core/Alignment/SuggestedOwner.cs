namespace Throughline.Core.Alignment;

/// <summary>A unit proposed to own a company key result nobody owns, and why.</summary>
/// <param name="Unit">The unit id.</param>
/// <param name="Reason">Why it fits.</param>
public sealed record SuggestedOwner(string Unit, string Reason);
