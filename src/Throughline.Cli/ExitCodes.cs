namespace Throughline.Cli;

/// <summary>The process exit codes of every command, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Success; warnings may have been printed.</summary>
    public const int Ok = 0;

    /// <summary>The analysis found findings at or above the --fail-on level.</summary>
    public const int Findings = 1;

    /// <summary>Bad input: usage error, unreadable or invalid workspace or file.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected error (a bug): please report it.</summary>
    public const int Unexpected = 3;
}
