using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Staffing.Host.Tests.Deploy;

/// <summary>
/// The container and Kubernetes files agree with each other and with the host: ports, probe paths, labels,
/// the service account, and every configuration key they set is one the host documents. (No container engine
/// runs here; these checks catch the mistakes that would only show at deploy time.)
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly string[] KubernetesFiles = ["namespace.yaml", "rbac.yaml", "deployment.yaml", "service.yaml", "pdb.yaml"];

    private static YamlMappingNode Manifest(string kind) =>
        KubernetesFiles.SelectMany(f => DeployFiles.Documents($"kubernetes/{f}")).Single(d => d.Scalar("kind") == kind);

    /// <summary>The configuration keys the README documents, as environment variable names (Orleans__SiloPort).</summary>
    private static HashSet<string> DocumentedKeys()
    {
        var firstCells = File.ReadLines(Path.Combine(DeployFiles.Root, "README.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1]);
        return [.. firstCells.SelectMany(c => ConfigKey().Matches(c)).Select(m => m.Groups[1].Value.Replace(":", "__", StringComparison.Ordinal))];
    }

    [Fact]
    public void Kustomization_applies_every_manifest_of_the_folder()
    {
        var kustomization = DeployFiles.Documents("kubernetes/kustomization.yaml").Single();
        var listed = kustomization.Items("resources").Select(r => ((YamlScalarNode)r).Value).Order(StringComparer.Ordinal);
        var present = Directory.GetFiles(DeployFiles.Path("kubernetes"), "*.yaml").Select(Path.GetFileName)
            .Where(f => f != "kustomization.yaml").Order(StringComparer.Ordinal);

        Assert.Equal(present, listed);
    }

    [Fact]
    public void Probes_ask_the_host_health_endpoints_on_the_port_the_image_serves()
    {
        var container = Manifest("Deployment").Items("spec", "template", "spec", "containers").Single();
        var ports = container.Items("ports").ToDictionary(p => p.Scalar("name")!, p => p.Scalar("containerPort")!);

        Assert.Equal("/health/live", container.Scalar("livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", container.Scalar("startupProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", container.Scalar("readinessProbe", "httpGet", "path"));
        Assert.All(new[] { "livenessProbe", "startupProbe", "readinessProbe" }, p => Assert.Equal("http", container.Scalar(p, "httpGet", "port")));
        var dockerfile = DeployFiles.Text("Dockerfile");
        Assert.Contains($"ASPNETCORE_URLS=http://+:{ports["http"]}", dockerfile, StringComparison.Ordinal);
        Assert.Contains($"Orleans__SiloPort={ports["silo"]}", dockerfile, StringComparison.Ordinal);
        Assert.Contains($"Orleans__GatewayPort={ports["gateway"]}", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"Staffing.Host.dll\"]", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_service_and_deployment_select_the_silo_pods()
    {
        var deployment = Manifest("Deployment");
        var podLabels = deployment.Map("spec", "template", "metadata", "labels");

        foreach (var selector in new[]
        {
            deployment.Map("spec", "selector", "matchLabels"),
            Manifest("PodDisruptionBudget").Map("spec", "selector", "matchLabels"),
            Manifest("Service").Map("spec", "selector"),
        })
        {
            Assert.NotEmpty(selector);
            Assert.All(selector, kv => Assert.Equal(kv.Value, podLabels.GetValueOrDefault(kv.Key)));
        }

        Assert.Equal("1", Manifest("PodDisruptionBudget").Scalar("spec", "maxUnavailable"));
        Assert.True(podLabels.ContainsKey("orleans/serviceId") && podLabels.ContainsKey("orleans/clusterId"), "Orleans' Kubernetes hosting reads these labels");
    }

    [Fact]
    public void The_silos_service_account_may_watch_and_delete_pods_and_nothing_else()
    {
        var account = Manifest("Deployment").Scalar("spec", "template", "spec", "serviceAccountName");
        var binding = Manifest("RoleBinding");
        var role = Manifest("Role");

        Assert.Equal(account, Manifest("ServiceAccount").Scalar("metadata", "name"));
        Assert.Contains(binding.Items("subjects"), s => s.Scalar("kind") == "ServiceAccount" && s.Scalar("name") == account);
        Assert.Equal(role.Scalar("metadata", "name"), binding.Scalar("roleRef", "name"));
        var rule = Assert.Single(role.Items("rules"));
        Assert.Equal(["pods"], rule.Items("resources").Select(r => ((YamlScalarNode)r).Value));
        Assert.Superset(
            new HashSet<string?> { "get", "list", "watch", "delete" },
            rule.Items("verbs").Select(v => ((YamlScalarNode)v).Value).ToHashSet());
    }

    [Fact]
    public void Every_setting_the_deployment_and_compose_give_is_a_documented_key()
    {
        var documented = DocumentedKeys();
        var container = Manifest("Deployment").Items("spec", "template", "spec", "containers").Single();
        var kubernetes = container.Items("env").Select(e => e.Scalar("name")!).Where(n => n.Contains("__", StringComparison.Ordinal));
        var compose = DeployFiles.Documents("docker-compose.yml").Single().Map("x-silo", "environment").Keys;

        Assert.Empty(kubernetes.Concat(compose).Where(k => !documented.Contains(k)).Distinct());
        Assert.Contains("Storage__Provider", compose);
        Assert.Contains("ConnectionStrings__Postgres", compose);
    }

    [Fact]
    public void Compose_runs_three_silos_behind_the_proxy_after_the_database_is_healthy()
    {
        var compose = DeployFiles.Documents("docker-compose.yml").Single();
        var services = (YamlMappingNode)compose.At("services")!;
        var silos = services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Where(n => n.StartsWith("silo", StringComparison.Ordinal)).ToList();
        var nginx = DeployFiles.Text("nginx/nginx.conf");

        Assert.Equal(3, silos.Count);
        Assert.Equal("service_healthy", compose.Scalar("x-silo", "depends_on", "postgres", "condition"));
        Assert.All(silos, s => Assert.Contains($"server {s}:8080", nginx, StringComparison.Ordinal));
        Assert.Equal(silos, services.At("proxy")!.Items("depends_on").Select(d => ((YamlScalarNode)d).Value));
        Assert.Matches(@"location ~ \^/api/proposals/\[\^/\]\+/progress\$ \{[^}]*proxy_buffering off;", nginx);
    }

    [GeneratedRegex(@"`([A-Za-z]+(?::[A-Za-z]+)+)`")]
    private static partial Regex ConfigKey();
}
