var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "质信");
app.Run();

public partial class Program;
