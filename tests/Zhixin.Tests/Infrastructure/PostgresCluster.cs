using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Zhixin.Tests.Infrastructure;

/// <summary>
/// A real, throwaway PostgreSQL server built from the installed binaries, shared by the whole test
/// assembly. Tests isolate themselves by asking for their own database via
/// <see cref="CreateDatabaseAsync"/> rather than sharing tables.
/// </summary>
public sealed partial class PostgresCluster : IAsyncLifetime
{
    private const string DirectoryPrefix = "zhixin-pg-";
    private const string OwnerFileName = "owner.pid";
    private const string SuperUser = "postgres";
    private const int PortAttempts = 5;

    // Generous because CI machines stall; a healthy start takes well under a second.
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly Lock stopLock = new();
    private readonly List<PosixSignalRegistration> signalRegistrations = [];
    private string? rootDirectory;
    private string? binDirectory;
    private bool runAsPostgres;
    private bool stopped;
    private int port;

    /// <summary>Connection string for the superuser on the <c>postgres</c> maintenance database.</summary>
    public string AdminConnectionString =>
        port == 0 ? throw new InvalidOperationException("The PostgreSQL cluster has not been started.") : ConnectionString("postgres");

    /// <summary>Wall-clock time from locating the binaries to the server accepting connections.</summary>
    public TimeSpan StartupDuration { get; private set; }

    public ValueTask InitializeAsync() => new(Task.Run(Start));

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Creates an empty database and returns an Npgsql connection string for it. Without a
    /// <paramref name="name"/> a unique one is generated, which is what parallel tests want; an
    /// explicit name is used as is and fails if it already exists.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N");
        if (!SafeIdentifier().IsMatch(name))
        {
            throw new ArgumentException(
                $"Database name '{name}' must be 1-63 ASCII letters, digits or underscores, not starting with a digit.",
                nameof(name));
        }

        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        // CREATE DATABASE takes no parameters; the name is restricted by SafeIdentifier and quoted.
#pragma warning disable CA2100
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = port,
        Username = SuperUser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    private void Start()
    {
        if (OperatingSystem.IsWindows())
        {
            // Ownership, runuser and Unix-socket handling below are POSIX-only; the platform deploys on Linux.
            throw new PlatformNotSupportedException("PostgresCluster runs PostgreSQL from local binaries on Linux or macOS only.");
        }

        var clock = Stopwatch.StartNew();
        binDirectory = FindBinDirectory();
        runAsPostgres = IsRoot();

        // Root's TMPDIR may sit under /root, which the postgres user cannot traverse; /tmp always can be.
        var baseDirectory = runAsPostgres ? "/tmp" : Path.GetTempPath();
        ReapOrphans(baseDirectory);

        var root = Path.Combine(baseDirectory, DirectoryPrefix + Guid.NewGuid().ToString("N")[..12]);
        // pg_ctl hands -o to /bin/sh, so the socket path must not need quoting.
        if (!ShellSafePath().IsMatch(root))
        {
            throw new InvalidOperationException(
                $"Temporary directory '{root}' contains characters pg_ctl would pass through a shell; set TMPDIR to a plain path.");
        }

        Directory.CreateDirectory(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        rootDirectory = root;
        // Registered before anything can spawn a server, so an aborted run still cleans up.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        AppDomain.CurrentDomain.UnhandledException += OnProcessExit;
        // Since .NET 10 the runtime no longer turns SIGTERM into ProcessExit, so a killed test host
        // (CI timeout, docker stop) would otherwise leave the postmaster behind. SIGINT is left to the
        // runners, which cancel gracefully and then dispose the fixture.
        foreach (var signal in (PosixSignal[])[PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT])
        {
            signalRegistrations.Add(PosixSignalRegistration.Create(signal, OnTerminationSignal));
        }

        try
        {
            Directory.CreateDirectory(SocketDirectory);
            File.WriteAllText(Path.Combine(root, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            if (runAsPostgres)
            {
                Run("chown", ["-R", $"{SuperUser}:{SuperUser}", root]).ThrowIfFailed("chown");
            }

            RunPg("initdb",
                [
                    "-D", DataDirectory,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                    "-U", SuperUser,
                ]).ThrowIfFailed("initdb");

            StartServer();
        }
        catch
        {
            // xunit does not dispose a fixture whose InitializeAsync threw.
            StopQuietly();
            throw;
        }

        StartupDuration = clock.Elapsed;
    }

    private void StartServer()
    {
        for (var attempt = 1; ; attempt++)
        {
            var candidate = FreeLoopbackPort();
            var options = string.Join(' ',
                "-p", candidate.ToString(CultureInfo.InvariantCulture),
                "-k", SocketDirectory,
                "-c", "listen_addresses=127.0.0.1",
                "-c", "fsync=off",
                "-c", "full_page_writes=off",
                "-c", "synchronous_commit=off",
                "-c", "max_connections=200");
            var result = RunPg("pg_ctl",
                ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile, "-o", options]);
            if (result.ExitCode == 0)
            {
                port = candidate;
                return;
            }

            var log = ReadLog();
            // Another process can grab the port between our probe and the server's bind.
            var portTaken = log.Contains("could not bind", StringComparison.Ordinal)
                || log.Contains("already in use", StringComparison.Ordinal);
            if (!portTaken || attempt == PortAttempts)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL failed to start (attempt {attempt}, port {candidate}).{Environment.NewLine}"
                    + result.Describe("pg_ctl start")
                    + $"{Environment.NewLine}--- server log {LogFile} ---{Environment.NewLine}{log}");
            }
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => StopQuietly();

    // Not cancelling the context lets the signal's default action terminate the process afterwards.
    private void OnTerminationSignal(PosixSignalContext context) => StopQuietly();

    // Used where an exception would only replace a more useful one or crash a dying process.
    private void StopQuietly()
    {
        try
        {
            Stop();
        }
        catch (Exception ex) when (IsCleanupFailure(ex))
        {
            // Whatever survives is swept by ReapOrphans on the next run.
        }
    }

    private static bool IsCleanupFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException
            or System.ComponentModel.Win32Exception;

    private void Stop()
    {
        lock (stopLock)
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        AppDomain.CurrentDomain.UnhandledException -= OnProcessExit;
        foreach (var registration in signalRegistrations)
        {
            registration.Dispose();
        }

        if (rootDirectory is null || binDirectory is null)
        {
            return;
        }

        StopServer(binDirectory, runAsPostgres, rootDirectory);
    }

    private static void StopServer(string binDirectory, bool runAsPostgres, string root)
    {
        var dataDirectory = Path.Combine(root, "data");
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (File.Exists(pidFile))
        {
            using var postmaster = Postmaster(pidFile);
            var result = Run(binDirectory, runAsPostgres, "pg_ctl", ["stop", "-m", "immediate", "-w", "-D", dataDirectory], root);
            if (result.ExitCode != 0)
            {
                // Deleting the data directory under a live postmaster would orphan it with no pid file to find it by.
                KillPostmaster(pidFile);
            }

            // pg_ctl returns once the pid file is gone; the process itself may still be closing its files.
            postmaster?.WaitForExit(TimeSpan.FromSeconds(30));
        }

        Directory.Delete(root, recursive: true);
    }

    private static Process? Postmaster(string pidFile)
    {
        try
        {
            var firstLine = File.ReadLines(pidFile).FirstOrDefault();
            return int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? Process.GetProcessById(pid) : null;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void KillPostmaster(string pidFile)
    {
        try
        {
            var firstLine = File.ReadLines(pidFile).FirstOrDefault();
            if (int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                using var postmaster = Process.GetProcessById(pid);
                postmaster.Kill();
                postmaster.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Best effort: the postmaster may already be gone.
        }
    }

    /// <summary>
    /// ProcessExit does not run when the test host is killed or crashes hard, so each start sweeps
    /// clusters whose owning test process no longer exists.
    /// </summary>
    private void ReapOrphans(string baseDirectory)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(baseDirectory, DirectoryPrefix + "*").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            try
            {
                var ownerText = File.ReadAllText(Path.Combine(candidate, OwnerFileName)).Trim();
                if (!int.TryParse(ownerText, NumberStyles.None, CultureInfo.InvariantCulture, out var owner) || IsAlive(owner))
                {
                    continue;
                }

                StopServer(binDirectory!, runAsPostgres, candidate);
            }
            catch (Exception ex) when (IsCleanupFailure(ex))
            {
                // Not ours to worry about: half-created, already removed, or owned by another user.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        // A killed test host reparented to a lazy init lingers as a zombie, which kill(pid, 0) and
        // therefore Process.HasExited still report as running.
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat.AsSpan(stat.LastIndexOf(')') + 1).TrimStart();
            return state.Length > 0 && state[0] is not ('Z' or 'X');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No procfs (macOS) or the process is gone; let the portable check decide.
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private string DataDirectory => Path.Combine(rootDirectory!, "data");

    private string SocketDirectory => Path.Combine(rootDirectory!, "sock");

    private string LogFile => Path.Combine(rootDirectory!, "server.log");

    private string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log file was written)";
        }
        catch (IOException ex)
        {
            return $"(log unreadable: {ex.Message})";
        }
    }

    private static string FindBinDirectory()
    {
        var tried = new List<string>();
        var fromPgConfig = TryPgConfigBinDirectory();
        if (fromPgConfig is not null)
        {
            if (HasServerBinaries(fromPgConfig))
            {
                return fromPgConfig;
            }

            // Debian's pg_config ships with libpq-dev and may describe a version whose server is not installed.
            tried.Add(fromPgConfig);
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.EnumerateDirectories(debianRoot)
                .Select(dir => (Bin: Path.Combine(dir, "bin"), Version: ParseVersion(Path.GetFileName(dir))))
                .Where(x => x.Version is not null)
                .OrderByDescending(x => x.Version)
                .Select(x => x.Bin)
                .ToList();
            tried.AddRange(newest);
            var found = newest.FirstOrDefault(HasServerBinaries);
            if (found is not null)
            {
                return found;
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found; the database tests need a real server. "
            + "Install it with `apt-get install postgresql`. "
            + $"Looked in: `pg_config --bindir`, {debianRoot}/*/bin"
            + (tried.Count > 0 ? $" ({string.Join(", ", tried)})." : "."));
    }

    private static string? TryPgConfigBinDirectory()
    {
        try
        {
            var result = Run("pg_config", ["--bindir"]);
            var dir = result.StandardOutput.Trim();
            return result.ExitCode == 0 && dir.Length > 0 ? dir : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : null;

    private static bool HasServerBinaries(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    private static bool IsRoot()
    {
        if (Environment.UserName == "root")
        {
            return true;
        }

        // Environment.UserName can lie under unusual passwd setups; the kernel's view is authoritative.
        try
        {
            var uidLine = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            var fields = uidLine?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return fields is { Length: >= 3 } && fields[2] == "0";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var chosen = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                return chosen;
            }
            catch (SocketException) when (attempt < PortAttempts)
            {
                // Port 0 asks the kernel for any free port; a failed bind is retried at once for another.
            }
        }
    }

    private CommandResult RunPg(string tool, IReadOnlyList<string> arguments) =>
        Run(binDirectory!, runAsPostgres, tool, arguments, rootDirectory!);

    private static CommandResult Run(string binDirectory, bool runAsPostgres, string tool, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var executable = Path.Combine(binDirectory, tool);
        // initdb and postgres refuse to run as root; runuser drops privileges without needing a password or a tty.
        return runAsPostgres
            ? Run("runuser", ["-u", SuperUser, "--", executable, .. arguments], workingDirectory)
            : Run(executable, arguments, workingDirectory);
    }

    private static CommandResult Run(string fileName, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            // PostgreSQL tools resolve their own path relative to the cwd and fail if postgres cannot enter it.
            WorkingDirectory = workingDirectory ?? "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A developer's PGDATA/PGPORT/PGHOST must not redirect the tools to a real cluster.
        foreach (var key in startInfo.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException(
                $"{CommandLine(fileName, arguments)} did not finish within {CommandTimeout.TotalSeconds:0}s.");
        }

        // A grandchild that inherited our pipes would keep them open forever; pg_ctl redirects the
        // postmaster to its log, so this only trips if that assumption breaks.
        if (!Task.WaitAll([standardOutput, standardError], TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException(
                $"{CommandLine(fileName, arguments)} exited but something kept its output pipes open.");
        }

        return new CommandResult(
            fileName,
            arguments,
            process.ExitCode,
            standardOutput.GetAwaiter().GetResult(),
            standardError.GetAwaiter().GetResult());
    }

    // Only for messages: quoting makes the single -o argument of pg_ctl readable as one.
    private static string CommandLine(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Prepend(fileName).Select(a => a.Any(char.IsWhiteSpace) ? $"\"{a}\"" : a));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex SafeIdentifier();

    [GeneratedRegex("^[A-Za-z0-9/._-]+$")]
    private static partial Regex ShellSafePath();

    private sealed record CommandResult(
        string FileName,
        IReadOnlyList<string> Arguments,
        int ExitCode,
        string StandardOutput,
        string StandardError)
    {
        public void ThrowIfFailed(string step)
        {
            if (ExitCode != 0)
            {
                throw new InvalidOperationException(Describe(step));
            }
        }

        public string Describe(string step)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{step} failed with exit code {ExitCode}: {CommandLine(FileName, Arguments)}");
            text.AppendLine();
            text.AppendLine("--- stdout ---").AppendLine(StandardOutput.TrimEnd());
            text.AppendLine("--- stderr ---").Append(StandardError.TrimEnd());
            return text.ToString();
        }
    }
}
