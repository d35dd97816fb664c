using InBeeld.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.AddInBeeldWeb();

var app = builder.Build();

app.UseInBeeldWeb();

await app.RunAsync();

/// <summary>Entry point; public and partial so integration tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
