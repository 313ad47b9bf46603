package dev.crmkit.examples.bench;

import dev.crmkit.core.scoring.CompiledScoringModel;
import dev.crmkit.core.scoring.LeadProfile;
import dev.crmkit.core.scoring.RuleSet;
import dev.crmkit.core.scoring.ScoringModel;
import dev.crmkit.core.scoring.ScoringModelTemplates;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rule-based lead scoring on one thread, in leads per second: the bundled B2B model (fit and engagement
 * rules, decay, caps, breakdown) over {@value #LEADS} pre-built profiles, and its fit rules alone against the
 * same rules written by hand ({@link HandWrittenFitScore}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoringBenchmark {
    /** Leads scored per invocation. */
    public static final int LEADS = 1024;

    private LeadProfile[] profiles;
    private LeadFacts[] facts;
    private CompiledScoringModel b2b;
    private CompiledScoringModel fitOnly;

    /** Builds the leads and compiles both models. */
    @Setup(Level.Trial)
    public void prepare() {
        LeadFixtures fixtures = LeadFixtures.generate(LEADS, 7L);
        profiles = fixtures.profiles().toArray(new LeadProfile[0]);
        facts = fixtures.facts().toArray(new LeadFacts[0]);
        b2b = ScoringModelTemplates.b2bDefault().compile();
        fitOnly = fitRulesOf(ScoringModelTemplates.b2bDefault()).compile();
    }

    /** The model's fit rules and fit cap only (no engagement rules, total cap or thresholds). */
    public static ScoringModel fitRulesOf(ScoringModel model) {
        return new ScoringModel(model.name() + "-fit", model.version(), Optional.empty(), model.fit(), RuleSet.EMPTY,
                Optional.empty(), List.of());
    }

    /** CRMKit: the bundled B2B model. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public void b2bDefaultCrmkit(Blackhole sink) {
        for (LeadProfile lead : profiles) {
            sink.consume(b2b.score(lead, LeadFixtures.NOW));
        }
    }

    /** CRMKit: the B2B model's fit rules only. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public void fitRulesCrmkit(Blackhole sink) {
        for (LeadProfile lead : profiles) {
            sink.consume(fitOnly.score(lead, LeadFixtures.NOW));
        }
    }

    /** Baseline: the same fit rules as hand-written if-statements. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public void fitRulesHandWritten(Blackhole sink) {
        for (LeadFacts lead : facts) {
            sink.consume(HandWrittenFitScore.score(lead));
        }
    }
}
