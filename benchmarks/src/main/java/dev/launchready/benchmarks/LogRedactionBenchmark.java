package dev.launchready.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.launchready.logback.LogRedaction;
import dev.launchready.redact.Redactor;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One log call's cost through a real Logback appender to a null stream: a fresh event (as every
 * logging call makes one), its encoding, and, where named, LaunchReady's redaction in front of the
 * appender. {@code plain*} is Logback's PatternLayoutEncoder; {@code logstash*} is
 * logstash-logback-encoder's LogstashEncoder, bare, with its MaskingJsonGeneratorDecorator holding
 * ten value regexes, or behind our redaction. Lines: {@code clean} (about 200 characters) or
 * {@code secret} (the same with one Stripe key). Compare ratios within one run.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar LogRedactionBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LogRedactionBenchmark {

    private static final String FQCN = LogRedactionBenchmark.class.getName();
    static final String TEMPLATE = "member {} opened /members/feed?page=3 from 203.0.113.9 in 12 ms; plan=pro"
            + " locale=en-GB cache=hit region=eu-west-1 build=2026.11.23-1 ua=Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0";
    static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";

    /** Ten value regexes of the kind users configure: what our redactor covers, written for java.util.regex. */
    static final List<String> TEN_MASKS = List.of(
            "sk_live_[A-Za-z0-9]{24,99}",
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,24}",
            "(?i)bearer\\s+[A-Za-z0-9._~+/=-]+",
            "(?i)password=[^&\\s]+",
            "(?i)\"password\"\\s*:\\s*\"[^\"]*\"",
            "[a-z][a-z0-9+.-]*://[^/:@\\s]+:[^@/\\s]+@",
            "ghp_[A-Za-z0-9]{36}",
            "AKIA[0-9A-Z]{16}",
            "eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+",
            "\\b(?:\\d[ -]?){13,19}\\b");

    @Param({"clean", "secret"})
    public String line;

    private String argument;
    private Logger plain;
    private Logger redacted;
    private Logger logstash;
    private Logger logstashMasking;
    private Logger logstashRedacted;
    private final java.util.List<LoggerContext> contexts = new java.util.ArrayList<>();

    @Setup
    public void setUp() {
        argument = line.equals("secret") ? STRIPE : "4711";
        plain = logger(pattern(), false);
        redacted = logger(pattern(), true);
        logstash = logger(new LogstashEncoder(), false);
        LogstashEncoder masking = new LogstashEncoder();
        MaskingJsonGeneratorDecorator decorator = new MaskingJsonGeneratorDecorator();
        TEN_MASKS.forEach(decorator::addValue);
        masking.addDecorator(decorator);
        logstashMasking = logger(masking, false);
        logstashRedacted = logger(new LogstashEncoder(), true);
    }

    @TearDown
    public void tearDown() {
        contexts.forEach(LoggerContext::stop);
    }

    @Benchmark
    public ILoggingEvent plainLogback() {
        return log(plain);
    }

    @Benchmark
    public ILoggingEvent plainLogbackRedacted() {
        return log(redacted);
    }

    @Benchmark
    public ILoggingEvent logstashBare() {
        return log(logstash);
    }

    @Benchmark
    public ILoggingEvent logstashMasking10Regexes() {
        return log(logstashMasking);
    }

    @Benchmark
    public ILoggingEvent logstashRedacted() {
        return log(logstashRedacted);
    }

    private ILoggingEvent log(Logger logger) {
        LoggingEvent event = new LoggingEvent(FQCN, logger, Level.INFO, TEMPLATE, null, new Object[] {argument});
        logger.callAppenders(event);
        return event;
    }

    private static PatternLayoutEncoder pattern() {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        return encoder;
    }

    private Logger logger(Encoder<ILoggingEvent> encoder, boolean redact) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        contexts.add(context);
        encoder.setContext(context);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("null");
        appender.setEncoder(encoder);
        appender.setOutputStream(OutputStream.nullOutputStream());
        appender.start();
        Logger logger = context.getLogger("app.Members");
        logger.setAdditive(false);
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
        if (redact) {
            LogRedaction.install(context, Redactor.defaults());
        }
        return logger;
    }
}
