package dev.flinkctl.job.io;

import dev.flinkctl.job.json.TransactionJson;
import dev.flinkctl.job.model.Rule;
import dev.flinkctl.job.model.Transaction;
import dev.flinkctl.job.model.TransactionStatus;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Synthetic card transactions as JSON lines, a pure function of (seed, index): the same seed always
 * gives the same stream, and a restored source continues it exactly.
 *
 * <p>The stream is cut into blocks of {@value #BLOCK} transactions. A block holds, with a probability
 * set by {@code fraudShare}, one fraud pattern made to trip one rule (the rule chosen at random):
 * a burst of 3–4 approvals above 500 on one card; 11–14 transactions of one user; 2–3 transactions of
 * one user from different countries; 1–2 declines then an approval above 1000 on one card. Pattern
 * transactions are consecutive, so they fall into one window unless the window ends between them.
 * Everything else is ordinary spending by {@code users} users in their home country, of which one in
 * five arrives up to 2 s out of order (inside the default 5 s watermark bound).
 *
 * <p>Event time is simulated: transaction {@code i} happens at {@code start + i × interval}. With the
 * defaults (1 s per transaction at 100 per second) the clock runs 100× faster than real time, so the
 * 5- and 10-minute windows close every few seconds.
 */
public final class TransactionGenerator implements GeneratorFunction<Long, String> {
    private static final long serialVersionUID = 1L;

    /** Transactions per block; at most one fraud pattern per block. */
    static final int BLOCK = 200;
    private static final int LONGEST_PATTERN = 14;
    private static final double AVERAGE_PATTERN = 5.5;
    private static final long MAX_JITTER_MILLIS = 2_000;
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "ES", "IT", "NL", "JP", "BR", "IN"};
    private static final String[] CURRENCIES = {"USD", "GBP", "EUR", "EUR", "EUR", "EUR", "EUR", "JPY", "BRL", "INR"};

    private final long seed;
    private final double patternProbability;
    private final int users;
    private final long startMillis;
    private final long intervalMillis;

    /** The pattern of the block being generated; blocks are generated in order, so cache it. */
    private transient long cachedBlock = -1;
    private transient Pattern cachedPattern;

    /**
     * @param seed the random seed
     * @param fraudShare the approximate share of transactions that belong to fraud patterns, 0 to 0.0275
     *     (above that every block has a pattern)
     * @param users how many distinct users ordinary spending is spread over (≥ 1)
     * @param startMillis event time of transaction 0, epoch ms
     * @param intervalMillis event time between consecutive transactions, ms (≥ 0)
     */
    public TransactionGenerator(long seed, double fraudShare, int users, long startMillis, long intervalMillis) {
        if (users < 1 || intervalMillis < 0 || fraudShare < 0 || fraudShare > 1) {
            throw new IllegalArgumentException("users >= 1, interval >= 0 and 0 <= fraudShare <= 1 required");
        }
        this.seed = seed;
        this.patternProbability = Math.min(1.0, fraudShare * BLOCK / AVERAGE_PATTERN);
        this.users = users;
        this.startMillis = startMillis;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public String map(Long index) {
        return TransactionJson.write(transaction(index));
    }

    /** The transaction at {@code index} (the JSON line {@link #map} returns, before serialization). */
    public Transaction transaction(long index) {
        long block = index / BLOCK;
        int position = (int) (index % BLOCK);
        Pattern pattern = pattern(block);
        long at = startMillis + index * intervalMillis;
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        if (pattern != null && position >= pattern.offset && position < pattern.offset + pattern.length) {
            return pattern.transaction(index, position - pattern.offset, at, random);
        }
        return ordinary(index, at, random);
    }

    private Transaction ordinary(long index, long at, SplittableRandom random) {
        int user = random.nextInt(users);
        long jitter = random.nextInt(5) == 0 ? random.nextLong(MAX_JITTER_MILLIS) : 0;
        BigDecimal amount = random.nextInt(100) == 0
                ? cents(random, 300_00, 900_00)
                : cents(random, 1_00, 250_00);
        TransactionStatus status = random.nextInt(100) < 3 ? TransactionStatus.DECLINED : TransactionStatus.APPROVED;
        return transaction(index, card(user, random.nextInt(2)), user, amount, home(user), status, at - jitter, random);
    }

    private Pattern pattern(long block) {
        if (block != cachedBlock) {
            SplittableRandom random = new SplittableRandom(mix(seed ^ 0x5DEECE66DL, block));
            cachedBlock = block;
            cachedPattern = random.nextDouble() < patternProbability
                    ? new Pattern(Rule.values()[random.nextInt(Rule.values().length)], random)
                    : null;
        }
        return cachedPattern;
    }

    /** One fraud pattern: which rule, where in the block, and whom it involves. */
    private final class Pattern {
        final Rule rule;
        final int length;
        final int offset;
        final int user;
        final int card;
        final int homeCountry;

        Pattern(Rule rule, SplittableRandom random) {
            this.rule = rule;
            switch (rule) {
                case HIGH_VALUE_BURST:
                    length = 3 + random.nextInt(2);
                    break;
                case VELOCITY:
                    length = 11 + random.nextInt(4);
                    break;
                default:
                    length = 2 + random.nextInt(2);
            }
            offset = random.nextInt(BLOCK - LONGEST_PATTERN);
            user = random.nextInt(users);
            card = random.nextInt(2);
            homeCountry = countryIndex(user);
        }

        Transaction transaction(long index, int step, long at, SplittableRandom random) {
            switch (rule) {
                case HIGH_VALUE_BURST:
                    return TransactionGenerator.this.transaction(index, card(user, card), user,
                            cents(random, 500_01, 2_500_00), home(user), TransactionStatus.APPROVED, at, random);
                case VELOCITY:
                    return TransactionGenerator.this.transaction(index, card(user, random.nextInt(2)), user,
                            cents(random, 1_00, 60_00), home(user), TransactionStatus.APPROVED, at, random);
                case MULTI_COUNTRY:
                    int country = (homeCountry + step * (1 + random.nextInt(COUNTRIES.length - 1))) % COUNTRIES.length;
                    if (step > 0 && country == homeCountry) {
                        country = (country + 1) % COUNTRIES.length;
                    }
                    return TransactionGenerator.this.transaction(index, card(user, card), user,
                            cents(random, 5_00, 200_00), COUNTRIES[country], TransactionStatus.APPROVED, at, random);
                default: // DECLINED_THEN_APPROVED: declines first, the large approval last
                    boolean last = step == length - 1;
                    return TransactionGenerator.this.transaction(index, card(user, card), user,
                            last ? cents(random, 1_000_01, 5_000_00) : cents(random, 100_00, 3_000_00), home(user),
                            last ? TransactionStatus.APPROVED : TransactionStatus.DECLINED, at, random);
            }
        }
    }

    private Transaction transaction(long index, String card, int user, BigDecimal amount, String country,
            TransactionStatus status, long at, SplittableRandom random) {
        int countryIndex = indexOf(country);
        return new Transaction("t-" + index, card, "u-" + user, amount, CURRENCIES[countryIndex],
                "m-" + random.nextInt(5_000), country, status, at);
    }

    private static String card(int user, int which) {
        return "c-" + user + (which == 0 ? "-a" : "-b");
    }

    private static String home(int user) {
        return COUNTRIES[countryIndex(user)];
    }

    private static int countryIndex(int user) {
        return (int) Math.floorMod(mix(user, 7), (long) COUNTRIES.length);
    }

    private static int indexOf(String country) {
        for (int i = 0; i < COUNTRIES.length; i++) {
            if (COUNTRIES[i].equals(country)) {
                return i;
            }
        }
        throw new IllegalStateException(country);
    }

    /** A uniformly random amount in [fromCents, toCents], scale 2. */
    private static BigDecimal cents(SplittableRandom random, long fromCents, long toCents) {
        return BigDecimal.valueOf(fromCents + random.nextLong(toCents - fromCents + 1), 2);
    }

    /** SplitMix64's finalizer over both inputs: well-spread seeds for neighbouring indexes. */
    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
