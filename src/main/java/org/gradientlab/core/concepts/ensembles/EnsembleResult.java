package org.gradientlab.core.concepts.ensembles;

import java.util.List;

import org.gradientlab.core.nn.MultiLayerNet;

/**
 * The trained ensemble and its test accuracies.
 *
 * @param members          each net alone, in ensemble order
 * @param ensembleAccuracy entry k−1: accuracy of the mean softmax of the first k members
 * @param nets             the trained nets, in ensemble order (not thread-safe: one user at a time)
 */
public record EnsembleResult(EnsembleConfig config, List<Member> members, List<Double> ensembleAccuracy,
                             List<MultiLayerNet> nets) {
    public EnsembleResult {
        members = List.copyOf(members);
        ensembleAccuracy = List.copyOf(ensembleAccuracy);
        nets = List.copyOf(nets);
        if (members.isEmpty() || members.size() != ensembleAccuracy.size() || members.size() != nets.size()) {
            throw new IllegalArgumentException("need one ensemble accuracy and one net per member, got "
                    + members.size() + " members, " + ensembleAccuracy.size() + " accuracies, " + nets.size()
                    + " nets");
        }
    }

    public double bestSingle() {
        return members.stream().mapToDouble(Member::testAccuracy).max().orElseThrow();
    }

    public double meanSingle() {
        return members.stream().mapToDouble(Member::testAccuracy).average().orElseThrow();
    }

    /** The accuracy of all members averaged. */
    public double ensemble() {
        return ensembleAccuracy.get(ensembleAccuracy.size() - 1);
    }
}
