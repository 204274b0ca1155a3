using System.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Doorbell.Harness.Motion;

/// <summary>An assembly rewritten by <see cref="IlInstrumenter"/>: its bytes and the counted methods, by counter slot.</summary>
public sealed record InstrumentedAssembly(byte[] Image, string[] Methods, bool Optimized);

/// <summary>
/// Rewrites a copy of an assembly so that the methods of one namespace count the IL instructions they execute.
/// At the entry of every basic block the block's number of instructions is added to the method's slot of
/// <c>IlCounter.Executed</c> (a static long[] added to the copy; the caller sets it). A block runs whole once
/// entered unless an exception leaves it, so the count is exact for code that does not throw. With
/// <c>perInstruction</c> every instruction is its own block: slower, the cross-check of the block split.
/// Calls out of the namespace (Array.Clear and the like, native on nanoFramework) count as their call instruction.
/// </summary>
public static class IlInstrumenter
{
    public const string CounterType = "IlCounter";
    public const string CounterField = "Executed";

    public static InstrumentedAssembly Instrument(string assemblyPath, string countedNamespace, bool perInstruction = false)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var module = assembly.MainModule;
        var counts = new FieldDefinition(CounterField, Mono.Cecil.FieldAttributes.Public | Mono.Cecil.FieldAttributes.Static, new ArrayType(module.TypeSystem.Int64));
        var counter = new TypeDefinition("", CounterType, Mono.Cecil.TypeAttributes.Public | Mono.Cecil.TypeAttributes.Abstract | Mono.Cecil.TypeAttributes.Sealed, module.TypeSystem.Object);
        counter.Fields.Add(counts);

        var methods = new List<string>();
        foreach (var type in module.GetTypes().Where(type => NamespaceOf(type) == countedNamespace).ToList())
        {
            foreach (var method in type.Methods.Where(method => method.HasBody))
            {
                AddCounters(method, counts, methods.Count, perInstruction);
                methods.Add(type.Name + "." + method.Name);
            }
        }

        module.Types.Add(counter);
        using var image = new MemoryStream();
        assembly.Write(image);
        return new InstrumentedAssembly(image.ToArray(), methods.ToArray(), IsOptimized(assembly));
    }

    /// <summary>Instructions per basic block, in order, as (first instruction, count).</summary>
    public static List<(Instruction First, int Count)> BasicBlocks(MethodBody body, bool perInstruction = false)
    {
        var leaders = new HashSet<Instruction> { body.Instructions[0] };
        foreach (var instruction in body.Instructions)
        {
            if (perInstruction)
            {
                leaders.Add(instruction);
                continue;
            }

            switch (instruction.Operand)
            {
                case Instruction target:
                    leaders.Add(target);
                    break;
                case Instruction[] targets:
                    leaders.UnionWith(targets);
                    break;
            }

            var flow = instruction.OpCode.FlowControl;
            if (instruction.Next != null && flow is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw)
            {
                leaders.Add(instruction.Next);
            }
        }

        foreach (var handler in body.ExceptionHandlers)
        {
            foreach (var boundary in new[] { handler.TryStart, handler.TryEnd, handler.HandlerStart, handler.HandlerEnd, handler.FilterStart })
            {
                if (boundary != null)
                {
                    leaders.Add(boundary);
                }
            }
        }

        var blocks = new List<(Instruction First, int Count)>();
        foreach (var instruction in body.Instructions)
        {
            if (leaders.Contains(instruction))
            {
                blocks.Add((instruction, 0));
            }

            var last = blocks[^1];
            blocks[^1] = (last.First, last.Count + 1);
        }

        return blocks;
    }

    /// <summary>
    /// Puts <c>Executed[slot] += count</c> in front of every block. The block's first instruction object becomes
    /// the first counting instruction (so every branch, switch and handler that pointed at the block now enters
    /// through its counter) and the original instruction moves behind the counter. The counter is stack-neutral.
    /// </summary>
    private static void AddCounters(MethodDefinition method, FieldDefinition counts, int slot, bool perInstruction)
    {
        var body = method.Body;
        body.SimplifyMacros();
        var il = body.GetILProcessor();
        var int64 = method.Module.TypeSystem.Int64;
        foreach (var (first, count) in BasicBlocks(body, perInstruction))
        {
            var original = il.Create(OpCodes.Nop);
            original.OpCode = first.OpCode;
            original.Operand = first.Operand;
            first.OpCode = OpCodes.Ldsfld;
            first.Operand = counts;
            var sequence = new[]
            {
                il.Create(OpCodes.Ldc_I4, slot),
                il.Create(OpCodes.Ldelema, int64),
                il.Create(OpCodes.Dup),
                il.Create(OpCodes.Ldind_I8),
                il.Create(OpCodes.Ldc_I8, (long)count),
                il.Create(OpCodes.Add),
                il.Create(OpCodes.Stind_I8),
                original,
            };
            var after = first;
            foreach (var instruction in sequence)
            {
                il.InsertAfter(after, instruction);
                after = instruction;
            }
        }

        body.OptimizeMacros();
    }

    private static string NamespaceOf(TypeDefinition type) => type.DeclaringType == null ? type.Namespace : NamespaceOf(type.DeclaringType);

    /// <summary>Roslyn marks a Debug build's assembly with DebuggableAttribute(DisableOptimizations); Release does not.</summary>
    private static bool IsOptimized(AssemblyDefinition assembly)
    {
        var debuggable = assembly.CustomAttributes.FirstOrDefault(attribute => attribute.AttributeType.FullName == typeof(DebuggableAttribute).FullName);
        if (debuggable == null || debuggable.ConstructorArguments.Count != 1 || debuggable.ConstructorArguments[0].Value is not int modes)
        {
            return true;
        }

        return (modes & (int)DebuggableAttribute.DebuggingModes.DisableOptimizations) == 0;
    }
}
