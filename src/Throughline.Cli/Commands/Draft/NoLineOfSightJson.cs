namespace Throughline.Cli.Commands.Draft;

/// <summary>A company objective the unit has no line of sight to, in <c>--format json</c>.</summary>
internal sealed record NoLineOfSightJson(string CompanyObjective, string Title, string Evidence, string Implication);
