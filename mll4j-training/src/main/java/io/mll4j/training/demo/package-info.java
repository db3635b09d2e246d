/**
 * The demo hub: models trained here from recipes as data ({@code hub-demo/recipes.json}) — small experts on
 * CIFAR-10, Fashion-MNIST and MNIST class subsets, LiT-style VLM image towers against frozen real text encoders,
 * ConSE composites — built by {@link io.mll4j.training.demo.DemoHubBuilder}, scored by
 * {@link io.mll4j.training.demo.GeneralScore} and evaluated by {@link io.mll4j.training.demo.HubEvaluation}.
 */
package io.mll4j.training.demo;
