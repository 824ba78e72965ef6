using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OfficeAiGuard.Api.Hosting;

/// <summary>Tells the person who started the API where the task pane is.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"OfficeAiGuard: task pane at {address.TrimEnd('/')}/taskpane.html");
            Console.WriteLine($"OfficeAiGuard: dashboard at {address.TrimEnd('/')}/dashboard.html");
        }
    }
}
