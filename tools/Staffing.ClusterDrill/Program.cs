using Staffing.ClusterDrill;

// staffing-drill faults --host Staffing.Host.dll --connection "..." --pg-stop "..." --pg-start "..." [--seconds 60]
// staffing-drill load   --host Staffing.Host.dll --connection "..." [--silos 1|3] [--connections 64] [--seconds 15]
if (args.Length == 0 || args[0] is not ("faults" or "load"))
{
    Console.Error.WriteLine("usage: staffing-drill faults|load --host PATH --connection CONN [options] (see tools/Staffing.ClusterDrill/README.md)");
    return 2;
}

DrillOptions options;
try
{
    options = DrillOptions.Parse(args.Skip(1));
    return args[0] == "faults" ? await new FaultDrill(options).RunAsync() : await new LoadBench(options).RunAsync();
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
