using System.Diagnostics;


namespace Zhixin.Tests.Infrastructure;

/// <summary>Runs the real <c>zhixin</c> executable in a child process, as a user would from the shell.</summary>
public static class ZhixinCli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(ZhixinApp app, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        return await RunAsync(app.DatabaseSetting, app.KeyFile, args);
    }

    public static Task<Result> RunAsync(string database, string keyFile, params string[] args) => RunAsync(database, keyFile, null, args);

    /// <summary>Runs a verb that reads standard input (e.g. a password), as a pipe would feed it.</summary>
    public static Task<Result> RunWithInputAsync(ZhixinApp app, string input, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        return RunAsync(app.DatabaseSetting, app.KeyFile, null, input, args);
    }

    public static Task<Result> RunAsync(string database, string keyFile, Action<int>? started, params string[] args) =>
        RunAsync(database, keyFile, started, null, args);

    /// <param name="started">Called with the child's process id once it runs (to watch its memory); not awaited.</param>
    public static async Task<Result> RunAsync(string database, string keyFile, Action<int>? started, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetDirectoryName(keyFile))!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "zhixin.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--database");
        start.ArgumentList.Add(database);
        start.Environment["Zhixin__Audit__KeyFile"] = keyFile;
        start.Environment.Remove("ZHIXIN_DATABASE");
        using var process = Process.Start(start)!;
        started?.Invoke(process.Id);
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
