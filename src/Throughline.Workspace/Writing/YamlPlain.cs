namespace Throughline.Workspace.Writing;

/// <summary>A scalar written without quotes: numbers, dates, booleans and enum names.</summary>
/// <param name="Text">The scalar's text.</param>
internal sealed record YamlPlain(string Text);
