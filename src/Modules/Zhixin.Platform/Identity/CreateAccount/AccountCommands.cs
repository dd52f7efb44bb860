using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Cli;

namespace Zhixin.Platform.Identity.CreateAccount;

/// <summary>zhixin account create: the password is read from standard input, never from the command line (which other users can see).</summary>
internal static class AccountCommands
{
    public static void Add(ZhixinCommandLine commandLine)
    {
        var userName = new Argument<string>("USERNAME") { Description = "The sign-in name" };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All)}", Required = true };
        var displayName = new Option<string?>("--name") { Description = "The name shown in the pages" };
        var region = new Option<string?>("--region") { Description = "GB/T 2260 code of an official's region" };
        var department = new Option<string?>("--department") { Description = "Code of the official's department" };
        var enterprise = new Option<string?>("--enterprise") { Description = "Credit code of an enterprise account's firm" };
        var command = new Command("create", "Create an account (the password is read from standard input)") { userName, role, displayName, region, department, enterprise };
        command.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                throw new CommandFailedException("zhixin account create: give the password on standard input, e.g. a file or a pipe");
            }

            var request = new CreateAccountRequest(parse.GetValue(userName)!, parse.GetValue(displayName) ?? "", parse.GetValue(role)!, password,
                parse.GetValue(region), parse.GetValue(department), parse.GetValue(enterprise));
            var outcome = await services.GetRequiredService<CreateAccountHandler>().HandleAsync(request, ct);
            if (!outcome.IsSuccess)
            {
                throw new CommandFailedException($"zhixin account create: {outcome.Errors}");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"created account {request.UserName} ({request.Role}), id {outcome.Value}");
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        commandLine.Verb("account", "Accounts").Subcommands.Add(command);
    }
}
